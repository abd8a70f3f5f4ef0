package org.irm.notice;

import java.util.List;
import org.irm.register.FocalPoints;
import org.irm.register.ReviewExperts;

/**
 * A reviewing State's contacts for a review: the experts registered for that review and State
 * ({@code irm experts add}), each in their language; while none is registered, the State's focal
 * points stand in (a reviewing State drawn but not yet staffed still gets its review copy).
 */
public final class ExpertsOfReviewers implements ReviewerContacts {

    private final ReviewExperts experts;
    private final ReviewerContacts fallback;

    public ExpertsOfReviewers(ReviewExperts experts, FocalPoints focalPoints) {
        this.experts = experts;
        this.fallback = new FocalPointsOfReviewers(focalPoints);
    }

    @Override
    public List<Recipient> of(String reviewId, String reviewingState) {
        List<Recipient> registered = experts.of(reviewId).stream().filter(e -> e.stateIso3().equals(reviewingState))
                .map(e -> new Recipient(e.email(), e.name(), e.language(), Audience.REVIEWERS)).toList();
        return registered.isEmpty() ? fallback.of(reviewId, reviewingState) : registered;
    }
}
