package org.irm.register;

import java.util.Objects;

/**
 * An event as the audit log shows it: the event and the State it concerns.
 *
 * @param state ISO3 of the State the event's subject concerns (under review, or whose checklist),
 *              or null when the subject names none (a file no identity tied to a State)
 */
public record LoggedEvent(Event event, String state) {
    public LoggedEvent {
        Objects.requireNonNull(event, "event");
    }
}
