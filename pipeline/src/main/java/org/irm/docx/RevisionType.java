package org.irm.docx;

/** The kinds of tracked change. */
public enum RevisionType {
    INSERTION, DELETION, MOVE_FROM, MOVE_TO, FORMATTING
}
