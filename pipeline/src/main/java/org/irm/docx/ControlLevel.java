package org.irm.docx;

/** Where a content control sits in the document's structure: what its content holds. */
public enum ControlLevel {
    /** Holds paragraphs or tables. */
    BLOCK,
    /** Holds runs inside a paragraph. */
    RUN,
    /** Holds a table cell. */
    CELL,
    /** Holds table rows. */
    ROW
}
