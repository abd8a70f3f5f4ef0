package org.irm.cli;

import java.time.Clock;
import java.util.List;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.returns.IntakeDesk;
import org.irm.returns.ReturnDesks;
import org.irm.review.ReviewReturns;
import org.irm.stages.StageListener;

/**
 * The one return desk the pipeline runs, with a handler for every kind of document that comes
 * back: States' checklists (built into the desk) and reviewers' copies. The returns package cannot
 * know the later stages (they build on it), so the commands put the desk together here, once:
 * {@code irm run}, {@code irm ingest} and the demo all take files in the same way.
 */
final class PipelineDesks {

    private PipelineDesks() {
    }

    /**
     * What is told when a review moves to another stage ({@code irm review advance}): where the
     * later stages hook in (the follow-up's tracking of a final report's recommendations).
     */
    static List<StageListener> stageListeners(Register register, Clock clock) {
        return List.of();
    }

    static IntakeDesk open(IrmConfig config, Register register, Clock clock) {
        return ReturnDesks.open(config, register, clock, List.of(ReviewReturns.from(config, register, clock)));
    }
}
