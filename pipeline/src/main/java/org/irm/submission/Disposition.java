package org.irm.submission;

/** What the desk did with a file that arrived. */
public enum Disposition {
    /** Identified, read and registered as a new version of its checklist (findings may remain). */
    REGISTERED,
    /** Not taken: wrong type, unreadable, unknown identity, bad seal, another State...; the reason says why. */
    REFUSED,
    /** The same bytes were received before: answered "already received", not processed again. */
    DUPLICATE,
    /**
     * The desk failed on this file (its reader or its answer's writer threw): held for the
     * secretariat, with a copy and the reason in {@code rejected/}; the sender is told the
     * secretariat will look at it. What was registered before the failure stays registered.
     */
    HELD
}
