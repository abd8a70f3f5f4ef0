package org.irm.notice;

import java.time.Instant;
import java.util.Optional;
import org.irm.register.ReviewRecord;

/**
 * When a State last sent a follow-up update on a review's recommendations. An interface because the
 * follow-up register is being built beside this package; {@link FollowUpEvents} reads the event log
 * until then.
 */
public interface FollowUpUpdates {

    /** The time the State's latest follow-up update on this review was received, if any was. */
    Optional<Instant> lastUpdate(ReviewRecord review);
}
