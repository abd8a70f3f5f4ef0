package org.irm.submission;

import java.time.Clock;
import java.util.List;
import org.irm.docx.DocxReading;
import org.irm.identity.IdentitySeal;
import org.irm.register.SubmissionRecord;
import org.irm.register.SubmissionSource;
import org.irm.report.DraftImporter;

/**
 * Takes back report drafts the secretariat edited and dropped into a watched folder: their edited
 * blocks become new versions in the register ({@link DraftImporter}), and the next regeneration
 * keeps them. Drafts are the secretariat's own documents, so one arriving by e-mail, where anyone
 * could send one, is refused; a draft of a review this register does not know is refused too.
 * Taking the same draft twice records its edits once.
 */
public final class ReportDraftReturns implements ReturnHandler {

    /** A report draft that came by e-mail. */
    public static final String DRAFT_BY_MAIL = "REPORT_DRAFT_BY_MAIL";
    /** A report draft this register cannot place (another pipeline's, or its review unknown). */
    public static final String UNKNOWN_DRAFT = "UNKNOWN_REPORT_DRAFT";
    /** A report draft whose seal does not verify, or whose identity part and properties disagree: forged or altered. */
    public static final String BAD_SEAL = "REPORT_DRAFT_BAD_SEAL";

    private final DraftImporter importer;
    private final Rejections rejections;
    private final String editor;

    /**
     * @param editor whom the edits are attributed to when the file names no one (the secretariat)
     */
    ReportDraftReturns(DraftImporter importer, Rejections rejections, String editor) {
        this.importer = importer;
        this.rejections = rejections;
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
            return rejections.refuse(received, new ReturnRefusal(DRAFT_BY_MAIL, "Report drafts are taken back from the "
                    + "secretariat's folders only, never from e-mail: place the edited draft in the inbox folder."), null);
        }
        DraftImporter.Imported imported;
        try {
            imported = importer.importDraft(reading, arrival.originalName(), received.sha256(),
                    arrival.sender() == null ? editor : arrival.sender());
        } catch (DraftImporter.ForgedDraftException e) {
            return rejections.refuse(received, new ReturnRefusal(BAD_SEAL, e.getMessage()), null);
        } catch (IllegalArgumentException e) {
            return rejections.refuse(received, new ReturnRefusal(UNKNOWN_DRAFT, e.getMessage()), null);
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
    static ReportDraftReturns over(org.irm.register.Register register, IdentitySeal seal,
                                   Rejections rejections, String editor, Clock clock) {
        return new ReportDraftReturns(new DraftImporter(register.reportRecords(), seal, clock), rejections, editor);
    }
}
