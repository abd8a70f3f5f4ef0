package org.irm.docx;

/**
 * Why a file cannot be taken as a Word document. Each has its own sentence for the sender (in
 * English here, in the other languages in {@code templates/mail/reasons_<lang>.properties}).
 */
public enum RefusalReason {
    EMPTY, TOO_LARGE, NOT_WORD, LEGACY_WORD, OPEN_DOCUMENT, MACRO_ENABLED, TEMPLATE, ENCRYPTED, CORRUPT,
    NOT_A_DOCUMENT_PACKAGE, ZIP_BOMB, EXTERNAL_ENTITIES,
    /** The zip holds two entries with one part name (compared as OPC does, ignoring case). */
    DUPLICATE_ENTRY,
    /** The zip holds more entries than any Word document needs. */
    TOO_MANY_PARTS,
    /** Saved in a macro-enabled format (.docm, .dotm) although it holds no macros. */
    MACRO_ENABLED_FORMAT
}
