package org.irm.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of an item's action plan as a State reported it.
 *
 * @param targetDate the target date, or null when none (or no valid date) was given
 * @param targetText the target date as the State wrote it
 * @param status     a status code ({@code implemented}, {@code in-progress}...), or what the State wrote when unknown
 */
public record FollowUpStep(int position, String step, String agency, LocalDate targetDate, String targetText,
                           String status) {
    public FollowUpStep {
        Objects.requireNonNull(step, "step");
        agency = agency == null ? "" : agency;
        targetText = targetText == null ? "" : targetText;
        status = status == null ? "" : status;
    }
}
