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

    public Deadline {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(due, "due");
        if (milestone.isBlank()) {
            throw new IllegalArgumentException("A deadline needs the milestone's name");
        }
    }
}
