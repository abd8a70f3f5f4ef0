package org.irm.docx;

/** Thrown while reading a package that turns out not to be readable; carries the refusal to report. */
public class RefusedDocumentException extends Exception {

    private final transient Refusal refusal;

    public RefusedDocumentException(RefusalReason reason, String message) {
        super(message);
        this.refusal = new Refusal(reason, message);
    }

    public Refusal refusal() {
        return refusal;
    }
}
