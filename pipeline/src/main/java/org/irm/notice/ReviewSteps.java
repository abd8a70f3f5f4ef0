package org.irm.notice;

import java.util.Set;
import org.irm.register.ReviewRecord;

/**
 * Where a review stands, as far as reminders and notifications care, read from its stage code:
 * the bundled stage list's codes and their former names (a secretariat's own stages between them
 * count as before the draft report).
 */
final class ReviewSteps {

    private static final Set<String> FINISHED = Set.of("final", "completed", "follow-up");
    private static final Set<String> DRAFTING_OR_LATER = Set.of("draft-report", "executive-summary", "final", "completed",
            "follow-up");

    private ReviewSteps() {
    }

    /** True while the review has not reached its draft report: review copies and the merge notice still go. */
    static boolean beforeDraftReport(ReviewRecord review) {
        return !DRAFTING_OR_LATER.contains(review.stage().code());
    }

    /** True once the report is final (and in follow-up): follow-up updates are asked for, no draft notice goes. */
    static boolean finished(ReviewRecord review) {
        return FINISHED.contains(review.stage().code());
    }
}
