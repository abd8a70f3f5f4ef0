package org.irm.followup;

import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.StageMove;
import org.irm.stages.StageListener;

/**
 * The handover from the report to the follow-up: when a review reaches {@code final}, every
 * recommendation, good practice and technical-assistance need of its report becomes a tracked item.
 * Tracking is idempotent, so a review moved back and to {@code final} again only updates texts. A
 * review forced to {@code final} without a report drafted in the pipeline (one agreed on paper, an
 * earlier cycle's recorded for the draw) has nothing to track: the move stands, and
 * {@code irm followup track} tracks it once its report is drafted.
 */
public final class TrackWhenFinal implements StageListener {

    private final FinalReportTracking tracking;

    public TrackWhenFinal(FinalReportTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void moved(ReviewRecord review, StageMove move) {
        if (move.to().equals(ReviewStage.FINAL)) {
            try {
                tracking.reportFinal(review.id());
            } catch (FinalReportTracking.NothingToTrack noReportDrafted) {
                // forced past the report-draft check, with its reason logged: nothing to hand over yet
            }
        }
    }
}
