package org.irm.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One milestone of a review and the date it is due.
 *
 * @param milestone the mechanism's name for it, as its timeline spells it
 *                  ({@code focalPoint}, {@code selfAssessment}, {@code deskReview}, ...)
 */
public record Deadline(String milestone, LocalDate due) {

    /** The milestone by which the State returns its self-assessment checklist, as the timelines name it. */
    public static final String SELF_ASSESSMENT = "selfAssessment";

    public Deadline {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(due, "due");
        if (milestone.isBlank()) {
            throw new IllegalArgumentException("A deadline needs the milestone's name");
        }
    }
}
