package org.irm.docx;

/** Why a file cannot be taken as a Word document. Each has its own sentence for the sender. */
public enum RefusalReason {
    EMPTY, TOO_LARGE, NOT_WORD, LEGACY_WORD, OPEN_DOCUMENT, MACRO_ENABLED, TEMPLATE, ENCRYPTED, CORRUPT,
    NOT_A_DOCUMENT_PACKAGE, ZIP_BOMB, EXTERNAL_ENTITIES
}
