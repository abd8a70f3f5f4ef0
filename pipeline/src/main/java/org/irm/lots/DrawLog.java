package org.irm.lots;

import java.io.IOException;

/**
 * The append-only log every draw and redraw goes into: the register's event log
 * ({@link RegisterDrawLog}) or a history folder's {@code events.jsonl} ({@link EventLogFile}). Implementations never rewrite or drop an entry.
 */
public interface DrawLog {

    void append(DrawEvent event) throws IOException;

    /** A log that keeps nothing, for dry runs and tests. */
    static DrawLog discard() {
        return event -> { };
    }
}
