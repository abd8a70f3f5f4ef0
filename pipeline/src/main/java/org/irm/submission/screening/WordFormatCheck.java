package org.irm.submission.screening;

import java.util.Optional;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;

/** Refuses everything that is not a plain Word document (.docx), saying what it is and what to do. */
public final class WordFormatCheck implements FileCheck {

    private final FormatDetector detector;

    public WordFormatCheck(FormatDetector detector) {
        this.detector = detector;
    }

    @Override
    public Optional<Refusal> check(CandidateFile file) {
        DetectedFormat format = detector.detect(file);
        return Optional.ofNullable(switch (format.shortName()) {
            case "docx" -> null;
            case "docm", "dotm" -> format.macros()
                    ? refusal(RefusalReason.MACRO_ENABLED, "This is a macro-enabled Word file ("
                    + format.shortName() + "). Macros are not accepted for security reasons. In Word choose "
                    + "File > Save As > Word Document (*.docx) and send that file.")
                    : refusal(RefusalReason.MACRO_ENABLED_FORMAT, "This file holds no macros, but it is saved in Word's "
                    + "macro-enabled format (." + format.shortName() + "), which is not accepted. In Word choose "
                    + "File > Save As > Word Document (*.docx) and send that file.");
            case "dotx" -> refusal(RefusalReason.TEMPLATE, "This is a Word template (.dotx), not a document. Open it, "
                    + "choose File > Save As > Word Document (*.docx) and send that file.");
            case "doc" -> refusal(RefusalReason.LEGACY_WORD, "This is a Word 97-2003 document (.doc), which cannot "
                    + "carry the checklist's fields. Open the checklist you received (.docx), answer there, and save it "
                    + "as a Word Document (.docx).");
            case "encrypted-ooxml" -> refusal(RefusalReason.ENCRYPTED, "The file is protected with a password, so "
                    + "its answers cannot be read. Remove the password (File > Info > Protect Document) and send it again.");
            case "odf" -> refusal(RefusalReason.OPEN_DOCUMENT, "This is an OpenDocument file (.odt). In LibreOffice "
                    + "choose File > Save As, pick \"Word 2007-365 (.docx)\" and keep that format, then send it.");
            case "corrupt-zip" -> refusal(RefusalReason.CORRUPT, "The file is damaged: it looks like a Word document "
                    + "but cannot be opened (incomplete or corrupted, perhaps cut off while copying). Save it again "
                    + "from Word and send it again.");
            case "zip" -> refusal(RefusalReason.NOT_A_DOCUMENT_PACKAGE, "This is a zip archive, which is not opened. "
                    + "Send the checklist (.docx) itself, and each law or other supporting document as a file of its "
                    + "own (PDF, Word, OpenDocument, spreadsheet or image), not in an archive.");
            default -> refusal(RefusalReason.NOT_WORD, "This is not a Word document (detected: " + format.description()
                    + "). Send the checklist you received, answered and saved as a Word Document (.docx). Laws and "
                    + "other supporting documents are taken as PDF, Word, OpenDocument, spreadsheet or image files.");
        });
    }

    private static Refusal refusal(RefusalReason reason, String message) {
        return new Refusal(reason, message);
    }
}
