package org.irm.register;

import java.util.Set;

/**
 * What the event log says changed since an event id ({@link Register#changesSince}).
 *
 * @param lastEventId  the last event id read: the next question starts after it
 * @param states       the States (ISO3) the counted events concern
 * @param unattributed true when a counted event concerns no State the register knows: anything may have changed
 */
public record LogChanges(long lastEventId, Set<String> states, boolean unattributed) {

    public LogChanges {
        states = Set.copyOf(states);
    }

    /** True when no counted event came after the id asked about. */
    public boolean none() {
        return states.isEmpty() && !unattributed;
    }
}
