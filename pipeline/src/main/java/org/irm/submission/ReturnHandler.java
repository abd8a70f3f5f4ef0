package org.irm.submission;

import org.irm.docx.DocxReading;
import org.irm.register.SubmissionRecord;

/**
 * Takes in one kind of returned document, recognised by the identity it carries: States'
 * checklists ({@link ChecklistReturns}); reviewers' copies can be another. The desk archives and
 * screens the file first, then hands it to the first handler that recognises it; the handler
 * checks, registers (one transaction) and answers. Like the desk, a handler never fails for bad
 * input: it refuses through {@link Rejections} with a reason or, before registering anything,
 * throws {@link ReturnRefused} for the desk to refuse it.
 */
public interface ReturnHandler {

    /** True when the document carries this kind's identity (whether or not its seal holds). */
    boolean recognises(DocxReading reading);

    /** Checks, registers and answers a screened file this handler recognised. */
    Acknowledgement take(Received received, DocxReading reading);

    /**
     * Answers an accepted submission of this kind that a crash left unanswered, from its archived
     * copy and what the register holds; registers nothing new.
     */
    Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered);
}
