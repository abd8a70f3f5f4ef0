package org.irm.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irm.notice.ReturnsIn;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.tracking.ChecklistCompleteness;
import org.irm.tracking.ChecklistCompleteness.Completeness;

/**
 * Which of a review's milestones are overdue: the date is past and what it awaits is not in:
 * {@code selfAssessment} (the State's checklist complete in the project's one meaning,
 * {@link ChecklistCompleteness}: every provision of the catalogue back, open findings or not; not the
 * self-assessment reminder's per-share count, which a share left out of the issued checklists would
 * pass), {@code deskReview} (every drawn reviewer's copy back, as {@link ReturnsIn} counts it),
 * {@code draftReport} (a report draft written). A review at {@code final} or after has nothing overdue.
 */
final class Overdue {

    static final String SELF_ASSESSMENT = "selfAssessment";
    static final String DESK_REVIEW = "deskReview";
    static final String DRAFT_REPORT = "draftReport";

    private final ReturnsIn returns;

    Overdue(ReturnsIn returns) {
        this.returns = returns;
    }

    /**
     * @param checklist the review's checklist against its catalogue, as the caller read it (the
     *                  overview reads every master checklist once, for its counts and for this)
     */
    List<String> of(ReviewRecord review, Completeness checklist, LocalDate today) {
        List<String> overdue = new ArrayList<>();
        if (review.stage().equals(ReviewStage.FINAL) || review.stage().equals(ReviewStage.FOLLOW_UP)) {
            return overdue;
        }
        if (past(review.due(SELF_ASSESSMENT), today) && checklist.complete().isEmpty()) {
            overdue.add(SELF_ASSESSMENT);
        }
        if (past(review.due(DESK_REVIEW), today) && !review.reviewers().isEmpty()
                && !returns.reviewCopiesIn(review).containsAll(review.reviewingStates())) {
            overdue.add(DESK_REVIEW);
        }
        if (past(review.due(DRAFT_REPORT), today) && returns.firstDraft(review).isEmpty()) {
            overdue.add(DRAFT_REPORT);
        }
        return overdue;
    }

    private static boolean past(Optional<LocalDate> due, LocalDate today) {
        return due.isPresent() && due.get().isBefore(today);
    }
}
