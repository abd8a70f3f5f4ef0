package org.irm.notice;

import java.time.Instant;
import java.util.Optional;
import org.irm.register.Recommendations;
import org.irm.register.ReviewRecord;

/**
 * Follow-up updates as the recommendation register holds them: the State's update on a review is
 * the latest filled follow-up form of that review taken in by the return desk (tracking the report
 * or issuing a form is not an update).
 */
public final class FollowUpFormsReturned implements FollowUpUpdates {

    private final Recommendations recommendations;

    public FollowUpFormsReturned(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public Optional<Instant> lastUpdate(ReviewRecord review) {
        return recommendations.lastReturn(review.id());
    }
}
