package org.irm.register;

/** What became of a received file. Only accepted files get a version and answers. */
public enum Outcome {
    /** Identified and read: its answers are a new version of its checklist. */
    ACCEPTED,
    /** Not taken (bad seal, wrong format, another State...); the reason says why. */
    REFUSED
}
