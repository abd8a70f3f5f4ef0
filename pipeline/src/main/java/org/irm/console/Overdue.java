package org.irm.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irm.notice.ReturnsIn;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;

/**
 * Which of a review's milestones are overdue: the date is past and what it awaits is not in, as the
 * reminders count it ({@link ReturnsIn}): {@code selfAssessment} (the State's checklist complete,
 * no finding left), {@code deskReview} (every drawn reviewer's copy back), {@code draftReport} (a
 * report draft written). A review at {@code final} or after has nothing overdue.
 */
final class Overdue {

    static final String SELF_ASSESSMENT = "selfAssessment";
    static final String DESK_REVIEW = "deskReview";
    static final String DRAFT_REPORT = "draftReport";

    private final ReturnsIn returns;

    Overdue(ReturnsIn returns) {
        this.returns = returns;
    }

    List<String> of(ReviewRecord review, LocalDate today) {
        List<String> overdue = new ArrayList<>();
        if (review.stage().equals(ReviewStage.FINAL) || review.stage().equals(ReviewStage.FOLLOW_UP)) {
            return overdue;
        }
        if (past(review.due(SELF_ASSESSMENT), today) && returns.completeChecklist(review).isEmpty()) {
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
