package org.irm.notice;

import java.time.Instant;
import java.util.Optional;
import org.irm.register.ReviewRecord;

/**
 * When a State last sent a follow-up update on a review's recommendations ({@link FollowUpFormsReturned}
 * reads the recommendation register), so a follow-up reminder stops once the update is in.
 */
public interface FollowUpUpdates {

    /** The time the State's latest follow-up update on this review was received, if any was. */
    Optional<Instant> lastUpdate(ReviewRecord review);
}
