package org.irm.catalogue;

/**
 * What kind of answer a question takes, and so which content control carries it in Word.
 */
public enum QuestionKind {
    /** One value from a code list: a drop-down list control. */
    CHOICE,
    /** Long formatted text: a rich-text control. */
    LONG_TEXT,
    /** A short line of plain text: a plain-text control. */
    TEXT,
    /** Any number of codes from a code list: one check-box control per code. */
    CODES,
    /** A calendar date: a date-picker control, stored as ISO yyyy-MM-dd. */
    DATE,
    /** Last cycle's findings, pre-filled by the secretariat and locked against editing. */
    PREVIOUS,
    /**
     * Needs in the State's own words, as many as it has, each with an optional priority from the
     * question's code list: a plain table with a bookmark in its header, one row per need, that the
     * State adds rows to (LibreOffice has no repeating-section control).
     */
    NEEDS
}
