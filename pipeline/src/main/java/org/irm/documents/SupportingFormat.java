package org.irm.documents;

import java.util.Locale;
import java.util.Objects;

/**
 * A supporting document's type, detected from its bytes (never from its name).
 *
 * @param shortName   pdf, doc, docx, docm, rtf, odt, ods, xls, xlsx, xlsm, png, jpeg, tiff..., or office for a
 *                    password-protected Office file (Word or Excel: its bytes do not say which)
 * @param mediaType   the detected media type
 * @param kind        what the reviewers call it: PDF, Word, OpenDocument, spreadsheet or image
 * @param macros      a macro-enabled Office file that holds macros: flagged and never opened
 * @param encrypted   protected by a password (an encrypted Office file is known from its bytes; an encrypted PDF
 *                    only once read): flagged, its text not read
 */
public record SupportingFormat(String shortName, String mediaType, Kind kind, boolean macros, boolean encrypted) {

    /**
     * The families of supporting documents the secretariat takes (issue 19.3). {@link #PROTECTED_OFFICE} is a
     * Word or Excel file saved with a password to open (an OLE2 compound file holding only EncryptionInfo and
     * EncryptedPackage streams): nothing in it can be seen, not even which of the two it is.
     */
    public enum Kind {
        PDF, WORD, OPEN_DOCUMENT, SPREADSHEET, IMAGE, PROTECTED_OFFICE;

        /** The word stored and shown (pdf, word, opendocument, spreadsheet, image). */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace("_", "");
        }
    }

    public SupportingFormat {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(kind, "kind");
    }

    SupportingFormat withMacros(boolean holdsMacros) {
        return new SupportingFormat(shortName, mediaType, kind, holdsMacros, encrypted);
    }

    /**
     * Whether it may be the State's checklist itself: a password-protected Office file hides what it is, so it is
     * taken as a supporting document only where a return comes beside it (see {@link SupportingIntake}).
     */
    public boolean mayBeAReturn() {
        return kind == Kind.PROTECTED_OFFICE;
    }

    /** Whether its text may be read: not when it holds macros (never opened) or is encrypted, nor for an image. */
    boolean readable() {
        return !macros && !encrypted && kind != Kind.IMAGE;
    }
}
