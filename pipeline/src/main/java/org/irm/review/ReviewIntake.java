package org.irm.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.irm.catalogue.ArticleRef;
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
    private final UnassignedArticles unassigned;
    private final AssignedArticles assignments;

    public ReviewIntake(Catalogue catalogue, IdentitySeal seal, ReviewNotes register) {
        this(catalogue, seal, register, PackageLimits.DEFAULTS, AssignedArticles.SEALED);
    }

    public ReviewIntake(Catalogue catalogue, IdentitySeal seal, ReviewNotes register, PackageLimits limits) {
        this(catalogue, seal, register, limits, AssignedArticles.SEALED);
    }

    /** @param assignments the experts' articles now, that an expert's copy is checked against */
    public ReviewIntake(Catalogue catalogue, IdentitySeal seal, ReviewNotes register, PackageLimits limits,
                        AssignedArticles assignments) {
        this.reader = new ReviewCopyReader(catalogue, seal, limits);
        this.register = register;
        this.layout = new CopyLayout(catalogue);
        this.unassigned = new UnassignedArticles(catalogue);
        this.assignments = assignments;
    }

    /**
     * What taking a copy did.
     *
     * @param recorded the copy as registered, null when refused
     * @param notes    the notes found (for a duplicate: none new were recorded)
     * @param refusal  why it was refused, in a sentence for the reviewer; null when taken
     * @param expert   for an expert's copy, the expert's address; else null
     * @param assigned for an expert's copy, the articles assigned to the expert now
     * @param unassigned for an expert's copy, the articles it carried that are not assigned to the expert
     */
    public record Taken(ReviewNotes.Recorded recorded, List<ReviewerNote> notes, String refusal, String expert,
                        List<ArticleRef> assigned, List<ArticleRef> unassigned) {
        public Taken {
            assigned = List.copyOf(assigned);
            unassigned = List.copyOf(unassigned);
        }

        static Taken refusedFor(String why) {
            return new Taken(null, List.of(), why, null, List.of(), List.of());
        }

        public boolean refused() {
            return refusal != null;
        }

        /** True when an expert's copy carried an article not assigned to the expert. */
        public boolean flagged() {
            return !unassigned.isEmpty();
        }
    }

    /** Reads the copy and records it; {@code originalName} is for messages and the register only. */
    public Taken take(Path file, String originalName, Instant receivedAt) throws IOException {
        ReturnedCopy copy;
        try {
            copy = reader.read(file);
        } catch (RefusedDocumentException e) {
            return Taken.refusedFor(e.getMessage());
        } catch (ReviewCopyReader.NotAReviewCopy e) {
            return Taken.refusedFor(e.getMessage());
        }
        List<ReviewerNote> notes = new CopyNotes(layout).of(copy, receivedAt);
        ChecklistIdentity identity = copy.identity();
        List<ArticleRef> assigned = identity.isExpertCopy() ? UnassignedArticles.assigned(copy,
                assignments.of(identity.reviewId(), identity.reviewer(), identity.expert())) : List.of();
        List<ArticleRef> carried = unassigned.of(copy, assigned);
        ReviewNotes.Recorded recorded = register.record(new ReviewCopyRecord(0, identity.checklistId(),
                identity.reviewId(), identity.state(), identity.reviewer(), copy.sha256(), originalName, receivedAt,
                identity.expert(), identity.articles(), carried), notes);
        return new Taken(recorded, notes, null, identity.expert(), assigned, recorded.copy().unassigned());
    }
}
