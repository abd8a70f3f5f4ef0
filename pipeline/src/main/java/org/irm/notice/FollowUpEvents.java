package org.irm.notice;

import java.time.Instant;
import java.util.Optional;
import org.irm.register.Event;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;

/**
 * Follow-up updates as the event log shows them: an event whose action begins with
 * {@code followup.} about the review (or its State) is an update received at its time.
 */
public final class FollowUpEvents implements FollowUpUpdates {

    /** The prefix of the actions that record a follow-up update. */
    public static final String ACTION_PREFIX = "followup.";

    private final Register register;

    public FollowUpEvents(Register register) {
        this.register = register;
    }

    @Override
    public Optional<Instant> lastUpdate(ReviewRecord review) {
        Optional<Instant> ofReview = latest(review.id());
        Optional<Instant> ofState = latest(review.stateUnderReview());
        if (ofReview.isEmpty()) {
            return ofState;
        }
        return ofState.isPresent() && ofState.get().isAfter(ofReview.get()) ? ofState : ofReview;
    }

    private Optional<Instant> latest(String subject) {
        return register.events(subject).stream().filter(e -> e.action().startsWith(ACTION_PREFIX))
                .map(Event::at).max(Instant::compareTo);
    }
}
