package org.irm.stages;

import java.util.List;
import org.irm.register.ReviewRecord;
import org.irm.tracking.ChecklistCompleteness;

/**
 * {@code checklist-complete}: the State's checklist is complete as {@link ChecklistCompleteness}
 * means it (every provision of the review's catalogue back, open findings not holding it), said in
 * sentences the secretariat can act on when it is not.
 */
public final class ChecklistComplete implements StageCheck {

    /** The name in the stage list. */
    public static final String NAME = "checklist-complete";
    private static final int LISTED = 8;

    private final ChecklistCompleteness completeness;

    public ChecklistComplete(ChecklistCompleteness completeness) {
        this.completeness = completeness;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> unmet(ReviewRecord review) {
        ChecklistCompleteness.Completeness checklist = completeness.of(review);
        if (checklist.master().isEmpty()) {
            return List.of("No checklist of " + review.stateUnderReview() + " has come back for review " + review.id()
                    + " yet: issue it (irm checklist --state " + review.stateUnderReview() + ") and take the return in"
                    + " (irm ingest, or the inbox).");
        }
        List<String> missing = checklist.missing();
        if (missing.isEmpty()) {
            return List.of();
        }
        String listed = String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                + (missing.size() > LISTED ? " and " + (missing.size() - LISTED) + " more" : "");
        return List.of(review.stateUnderReview() + "'s checklist is not complete: " + missing.size() + " of "
                + checklist.progress().size() + " provisions have not come back (" + listed + "); irm status --state "
                + review.stateUnderReview() + " shows them.");
    }
}
