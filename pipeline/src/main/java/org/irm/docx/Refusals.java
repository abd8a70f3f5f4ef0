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
}
