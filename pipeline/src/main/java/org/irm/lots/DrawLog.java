package org.irm.lots;

import java.io.IOException;

/**
 * The append-only log every draw and redraw goes into (the register's event log, later;
 * {@link EventLogFile} until then). Implementations never rewrite or drop an entry.
 */
public interface DrawLog {

    void append(DrawEvent event) throws IOException;

    /** A log that keeps nothing, for dry runs and tests. */
    static DrawLog discard() {
        return event -> { };
    }
}
