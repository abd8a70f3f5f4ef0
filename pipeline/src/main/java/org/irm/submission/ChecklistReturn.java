package org.irm.submission;

import org.irm.docx.DocxReading;
import org.irm.identity.IdentityCheck;

/** A screened file that carries a checklist identity, as the checklist checks see it. */
public record ChecklistReturn(Received received, DocxReading reading, IdentityCheck identity) {
}
