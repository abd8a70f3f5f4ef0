package org.irm.report;

import java.time.Clock;
import java.util.List;
import org.irm.docx.DocxReading;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.identity.IdentitySeal;
import org.irm.register.Register;
import org.irm.register.SubmissionRecord;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.Received;
import org.irm.submission.Reply;
import org.irm.submission.ReturnHandler;
import org.irm.submission.ReturnRefused;

/**
 * Takes back report drafts the secretariat edited and dropped into a watched folder: their edited
 * blocks become new versions in the register ({@link DraftImporter}), and the next regeneration
 * keeps them. Drafts are the secretariat's own documents, so one arriving by e-mail, where anyone
 * could send one, is refused; a draft of a review this register does not know is refused too.
 * Taking the same draft twice records its edits once. The report stage owns it; the desk gets it
 * from the one composition root ({@code cli.PipelineDesks}) and answers its refusals
 * ({@link ReturnRefused}) like its own.
 */
public final class ReportDraftReturns implements ReturnHandler {

    private final DraftImporter importer;
    private final String editor;

    /**
     * @param editor whom the edits are attributed to when the file names no one (the secretariat)
     */
    ReportDraftReturns(DraftImporter importer, String editor) {
        this.importer = importer;
        this.editor = editor;
    }

    @Override
    public boolean recognises(DocxReading reading) {
        return DraftImporter.isReportDraft(reading);
    }

    @Override
    public Acknowledgement take(Received received, DocxReading reading) {
        Arrival arrival = received.arrival();
        if (arrival.source() == SubmissionSource.MAIL) {
            throw refused(RefusalReason.REPORT_DRAFT_BY_MAIL, "Report drafts are taken back from the "
                    + "secretariat's folders only, never from e-mail: place the edited draft in the inbox folder.");
        }
        DraftImporter.Imported imported;
        try {
            imported = importer.importDraft(reading, arrival.originalName(), received.sha256(),
                    arrival.sender() == null ? editor : arrival.sender());
        } catch (DraftImporter.ForgedDraftException e) {
            throw refused(RefusalReason.REPORT_DRAFT_BAD_SEAL, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw refused(RefusalReason.UNKNOWN_REPORT_DRAFT, e.getMessage());
        }
        String message = arrival.originalName() + ": the " + imported.draft().kind().code() + " draft ("
                + imported.draft().language().code() + ") of " + imported.draft().reviewId() + ", "
                + imported.edited().size() + " blocks edited, " + imported.unchanged() + " unchanged";
        return new Acknowledgement(Disposition.REGISTERED, received.sha256(), imported.draft().state(),
                imported.draft().language(), null, message, List.of(),
                new Reply(arrival.sender(), "Report draft taken back: " + arrival.originalName(), message + ".\n", List.of()));
    }

    /** Drafts register no submission, so there is never one to finish; taking it again is safe. */
    @Override
    public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
        return take(received, reading);
    }

    /** The handler for a desk over this register. */
    public static ReportDraftReturns over(Register register, IdentitySeal seal, String editor, Clock clock) {
        return new ReportDraftReturns(new DraftImporter(register.reportRecords(), seal, clock), editor);
    }

    /** A draft carries no State's checklist identity, so the refusal claims none (answered in English and French). */
    private static ReturnRefused refused(RefusalReason reason, String message) {
        return new ReturnRefused(new Refusal(reason, message));
    }
}
