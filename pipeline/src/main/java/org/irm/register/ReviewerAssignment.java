package org.irm.register;

import java.util.List;
import java.util.Objects;

/**
 * One reviewing State of a review.
 *
 * @param reviewingState ISO 3166 alpha-3 code of the reviewing State
 * @param role           the box it was drawn from, as the drawing of lots names it:
 *                       {@code same-group}, {@code global} or {@code other-group}; free text for a
 *                       reviewer registered by hand
 * @param instruments    what it reviews, in the mechanism's order (UNCAC: {@code [uncac]}; UNTOC: the
 *                       Convention and those Protocols it is party to); never empty
 * @param additional     true when drawn because a first reviewer is not party to one of the instruments
 */
public record ReviewerAssignment(String reviewingState, String role, List<String> instruments, boolean additional) {

    public ReviewerAssignment {
        Objects.requireNonNull(reviewingState, "reviewingState");
        Objects.requireNonNull(role, "role");
        instruments = List.copyOf(instruments);
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException(reviewingState + " reviews no instrument: name at least one");
        }
        for (String instrument : instruments) {
            if (instrument.isBlank() || instrument.contains(",")) {
                throw new IllegalArgumentException("'" + instrument + "' is not an instrument name");
            }
        }
    }

    /** A first reviewer of a single-instrument review. */
    public static ReviewerAssignment of(String reviewingState, String role, String instrument) {
        return new ReviewerAssignment(reviewingState, role, List.of(instrument), false);
    }
}
