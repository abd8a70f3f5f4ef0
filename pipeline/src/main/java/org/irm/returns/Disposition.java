package org.irm.returns;

/** What the desk did with a file that arrived. */
public enum Disposition {
    /** Identified, read and registered as a new version of its checklist (findings may remain). */
    REGISTERED,
    /** Not taken: wrong type, unreadable, unknown identity, bad seal, another State...; the reason says why. */
    REFUSED,
    /** The same bytes were received before: answered "already received", not processed again. */
    DUPLICATE
}
