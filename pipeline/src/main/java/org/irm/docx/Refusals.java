package org.irm.docx;


/** The refusals the reader itself raises, worded once. */
final class Refusals {
    private Refusals() {
    }

    static RefusedDocumentException entities() {
        return new RefusedDocumentException(RefusalReason.EXTERNAL_ENTITIES, "The file contains an XML document type "
                + "declaration or entity, which Word never writes and which can be used to attack the reader: it was "
                + "refused. Save the checklist again from Word or LibreOffice and resend it.");
    }

    static RefusedDocumentException zipBomb() {
        return new RefusedDocumentException(RefusalReason.ZIP_BOMB, "The file expands to far more data than any "
                + "checklist holds (a \"zip bomb\"): it was refused for safety.");
    }

    static RefusedDocumentException brokenXml(String part, String detail) {
        return new RefusedDocumentException(RefusalReason.CORRUPT, "The file is damaged: its part " + part
                + " is not well-formed (" + detail + "). Save it again from Word and resend it.");
    }

    static RefusedDocumentException damaged() {
        return new RefusedDocumentException(RefusalReason.CORRUPT, "The file is damaged: it looks like a Word document "
                + "but cannot be opened (incomplete or corrupted, perhaps cut off while copying). Save it again from Word "
                + "and send it again.");
    }

    static RefusedDocumentException duplicateEntry() {
        return new RefusedDocumentException(RefusalReason.DUPLICATE_ENTRY, "The file holds two parts under the same name, "
                + "which Word never writes (some zip tools do, and a second copy can hide a forged one): it was refused. "
                + "Open the checklist in Word, save it again as a Word Document (.docx) and send that file, without "
                + "re-zipping it.");
    }

    static RefusedDocumentException tooManyParts(int limit) {
        return new RefusedDocumentException(RefusalReason.TOO_MANY_PARTS, "The file holds more than " + limit
                + " parts, far more than any checklist: it was refused for safety. Open the checklist in Word, save it "
                + "again as a Word Document (.docx) and send that file.");
    }
}
