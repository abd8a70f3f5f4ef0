package org.irm.submission.screening;

import java.util.Optional;
import org.irm.docx.DocxReading;
import org.irm.docx.Refusal;

/** A file after screening and reading: its detected format, and either what it holds or why it was refused. */
public record OpenedDocument(DetectedFormat format, DocxReading content, Refusal refusalReason) {

    public Optional<DocxReading> reading() {
        return Optional.ofNullable(content);
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusalReason);
    }
}
