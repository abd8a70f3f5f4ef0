package org.irm.docx;

/** Which story of a Word package something sits in. */
public enum PartKind {
    BODY, HEADER, FOOTER, FOOTNOTES, ENDNOTES, COMMENTS
}
