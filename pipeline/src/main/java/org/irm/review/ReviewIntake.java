package org.irm.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.irm.catalogue.Catalogue;
import org.irm.docx.PackageLimits;
import org.irm.docx.RefusedDocumentException;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentitySeal;
import org.irm.register.ReviewCopyRecord;
import org.irm.register.ReviewNotes;
import org.irm.register.ReviewerNote;

/**
 * Takes a returned review copy in: reads it (bounded), checks that its sealed identity is a review
 * copy's, extracts every reviewer note and records them in the register in one transaction. The
 * desk calls it once a file is screened and its identity found to be a review copy; the CLI and
 * tests call it directly. Bad input is an answer ({@link Taken#refusal()}), never an exception.
 */
public final class ReviewIntake {

    private final ReviewCopyReader reader;
    private final ReviewNotes register;
    private final CopyLayout layout;

    public ReviewIntake(Catalogue catalogue, IdentitySeal seal, ReviewNotes register) {
        this(catalogue, seal, register, PackageLimits.DEFAULTS);
    }

    public ReviewIntake(Catalogue catalogue, IdentitySeal seal, ReviewNotes register, PackageLimits limits) {
        this.reader = new ReviewCopyReader(catalogue, seal, limits);
        this.register = register;
        this.layout = new CopyLayout(catalogue);
    }

    /**
     * What taking a copy did.
     *
     * @param recorded the copy as registered, null when refused
     * @param notes    the notes found (for a duplicate: none new were recorded)
     * @param refusal  why it was refused, in a sentence for the reviewer; null when taken
     */
    public record Taken(ReviewNotes.Recorded recorded, List<ReviewerNote> notes, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /** Reads the copy and records it; {@code originalName} is for messages and the register only. */
    public Taken take(Path file, String originalName, Instant receivedAt) throws IOException {
        ReturnedCopy copy;
        try {
            copy = reader.read(file);
        } catch (RefusedDocumentException e) {
            return new Taken(null, List.of(), e.getMessage());
        } catch (ReviewCopyReader.NotAReviewCopy e) {
            return new Taken(null, List.of(), e.getMessage());
        }
        List<ReviewerNote> notes = new CopyNotes(layout).of(copy, receivedAt);
        ChecklistIdentity identity = copy.identity();
        ReviewNotes.Recorded recorded = register.record(new ReviewCopyRecord(0, identity.checklistId(),
                identity.reviewId(), identity.state(), identity.reviewer(), copy.sha256(), originalName, receivedAt), notes);
        return new Taken(recorded, notes, null);
    }
}
