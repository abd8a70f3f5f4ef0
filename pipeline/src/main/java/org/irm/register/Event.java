package org.irm.register;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the register's append-only event log: who did what, when, to what, from which file.
 *
 * @param id         assigned by the register (its order); 0 for an event not yet appended
 * @param actor      a person, a sender's address, or {@code irm} for the pipeline itself
 * @param action     a stable verb, for example {@code checklist.issued}, {@code submission.recorded}
 * @param subject    what the action was about (a checklist id, a review id), or null
 * @param fileSha256 the file it came from, or null
 * @param detail     free text, or null
 */
public record Event(long id, Instant at, String actor, String action, String subject, String fileSha256,
                    String detail) {

    /** The actor name for what the pipeline does on its own. */
    public static final String PIPELINE = "irm";

    public Event {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }

    /** A new event, to be given its id by {@link Register#appendEvent}. */
    public static Event of(Instant at, String actor, String action, String subject, String fileSha256, String detail) {
        return new Event(0, at, actor, action, subject, fileSha256, detail);
    }
}
