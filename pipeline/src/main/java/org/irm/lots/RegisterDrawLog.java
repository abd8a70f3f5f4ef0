package org.irm.lots;

import org.irm.register.Event;
import org.irm.register.Register;

/**
 * Draws and redraws in the register's event log: action {@code lots.<kind>} ({@code lots.draw},
 * {@code lots.redraw}, {@code lots.redraw-refused}, {@code lots.blocked}), subject the draw's name
 * ({@code lots-uncac-c2-2027}), file the SHA-256 of the record written (none when nothing was
 * written), detail the event's sentence. The register's log is append-only.
 */
public final class RegisterDrawLog implements DrawLog {

    /** The prefix of every action this log appends. */
    public static final String ACTION_PREFIX = "lots.";

    private final Register register;

    public RegisterDrawLog(Register register) {
        this.register = register;
    }

    @Override
    public void append(DrawEvent event) {
        register.appendEvent(Event.of(event.at(), event.actor(), ACTION_PREFIX + event.kind().code(),
                event.drawName(), event.recordHash().isEmpty() ? null : event.recordHash(), event.summary()));
    }
}
