package org.irm.stages;

import org.irm.register.ReviewRecord;
import org.irm.register.StageMove;

/**
 * Told after a review has moved to another stage (the move is registered and logged by then), so
 * later stages can start their work: the follow-up tracks a final report's recommendations when
 * a review reaches {@code final}. A listener that throws does not undo the move; the secretariat
 * is told what failed and can run the step again.
 */
@FunctionalInterface
public interface StageListener {

    /** @param review the review as it now stands */
    void moved(ReviewRecord review, StageMove move);
}
