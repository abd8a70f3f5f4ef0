package org.irm.register;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of a review from a stage to another, as the register keeps it.
 *
 * @param from   the stage it left; null when unknown
 * @param forced moved although a check of the stage was not met
 * @param reason why, as the secretariat gave it; null when none was given
 */
public record StageMove(String reviewId, ReviewStage from, ReviewStage to, Instant at, String actor, boolean forced,
                        String reason) {
    public StageMove {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }
}
