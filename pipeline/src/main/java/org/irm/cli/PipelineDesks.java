package org.irm.cli;

import java.time.Clock;
import java.util.List;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.dialogue.QuestionListReturns;
import org.irm.documents.ReceiptListing;
import org.irm.documents.SupportingDesk;
import org.irm.followup.FinalReportTracking;
import org.irm.followup.FollowUpReturns;
import org.irm.followup.TrackWhenFinal;
import org.irm.register.Register;
import org.irm.report.ReportDraftReturns;
import org.irm.review.ReviewReturns;
import org.irm.stages.StageListener;
import org.irm.submission.IntakeDesk;
import org.irm.submission.ReturnDesks;

/**
 * The one composition root of the return desk: the desk the pipeline runs, with a handler for
 * every kind of document that comes back, built here and nowhere else. The submission stage
 * cannot know the later stages (they build on it), so the commands put the desk together here,
 * once: {@code irm run}, {@code irm ingest} and the demo all take files in the same way.
 *
 * <p>Handlers are asked in this order, the first that recognises a file takes it: reviewers'
 * copies (a review copy also carries a checklist identity, so it must be recognised before the
 * checklists' handler refuses it as {@code REVIEW_COPY}), report drafts, then States' checklists;
 * follow-up forms (a checklist identity of format {@code followup-1}) and the written dialogue's question
 * lists ({@code dialogue-1}) first of all.
 */
final class PipelineDesks {

    private PipelineDesks() {
    }

    /**
     * What is told when a review moves to another stage ({@code irm review advance}): where the
     * later stages hook in (the follow-up's tracking of a final report's recommendations).
     */
    static List<StageListener> stageListeners(Register register, Clock clock) {
        return List.of(new TrackWhenFinal(new FinalReportTracking(register, clock)));
    }

    static IntakeDesk open(IrmConfig config, Register register, Clock clock) {
        ReturnDesks desks = ReturnDesks.over(config, register, clock);
        return desks.open(List.of(
                FollowUpReturns.from(config, register, clock),
                QuestionListReturns.from(config, register, clock),
                ReviewReturns.from(config, register, clock),
                ReportDraftReturns.over(register, desks.seal(), config.get(Setting.INTAKE_COMMENT_AUTHOR), clock),
                // A checklist's receipt lists the supporting documents that came with it (issue 19.3).
                desks.checklists(new ReceiptListing(SupportingDesk.over(config, register)))));
    }
}
