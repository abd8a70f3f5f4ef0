package org.irm.submission;

import java.util.Optional;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.identity.ChecklistIdentity;

/**
 * Refuses a reviewer's copy that reached the States' checklist handler (no reviews handler took
 * it): its answers are the State's, copied for a reviewer, and must never count as a new return.
 */
public final class ReviewCopyCheck implements ChecklistCheck {

    @Override
    public Optional<Refusal> check(ChecklistReturn candidate) {
        boolean reviewCopy = candidate.identity().identity().map(ChecklistIdentity::isReviewCopy).orElse(false);
        return reviewCopy ? Optional.of(new Refusal(RefusalReason.REVIEW_COPY, "This is a reviewer's copy of a"
                + " State's answers, not a State's checklist. Reviewers return their copies to the reviews folder or"
                + " the reviews address given with the copy.")) : Optional.empty();
    }
}
