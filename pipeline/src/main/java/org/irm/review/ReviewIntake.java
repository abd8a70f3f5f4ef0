package org.irm.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.irm.catalogue.Catalogue;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.PackageLimits;
import org.irm.docx.RefusedDocumentException;
import org.irm.docx.TrackedParagraphs;
import org.irm.docx.WordPackage;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentitySeal;
import org.irm.identity.IdentityVerifier;
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

    private final IdentityVerifier verifier;
    private final ReviewNotes register;
    private final CopyLayout layout;
    private final PackageLimits limits;

    public ReviewIntake(Catalogue catalogue, IdentitySeal seal, ReviewNotes register) {
        this(catalogue, seal, register, PackageLimits.DEFAULTS);
    }

    public ReviewIntake(Catalogue catalogue, IdentitySeal seal, ReviewNotes register, PackageLimits limits) {
        this.verifier = new IdentityVerifier(seal);
        this.register = register;
        this.layout = new CopyLayout(catalogue);
        this.limits = limits;
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
            copy = read(file);
        } catch (RefusedDocumentException e) {
            return new Taken(null, List.of(), e.getMessage());
        } catch (NotAReviewCopy e) {
            return new Taken(null, List.of(), e.getMessage());
        }
        List<ReviewerNote> notes = new CopyNotes(layout).of(copy, receivedAt);
        ChecklistIdentity identity = copy.identity();
        ReviewNotes.Recorded recorded = register.record(new ReviewCopyRecord(0, identity.checklistId(),
                identity.reviewId(), identity.state(), identity.reviewer(), copy.sha256(), originalName, receivedAt), notes);
        return new Taken(recorded, notes, null);
    }

    /** Reads a review copy whose seal verifies; refuses anything else with the reason. */
    ReturnedCopy read(Path file) throws IOException, RefusedDocumentException, NotAReviewCopy {
        String sha256 = sha256(file);
        try (WordPackage pkg = WordPackage.open(file, limits)) {
            DocxReading reading = new DocxReader(limits).read(pkg);
            IdentityCheck check = verifier.check(reading);
            if (!check.valid()) {
                throw new NotAReviewCopy(check.message());
            }
            ChecklistIdentity identity = check.identity().orElseThrow();
            if (!identity.isReviewCopy()) {
                throw new NotAReviewCopy("This is a State's checklist, not a review copy: send it to the inbox, not to reviews.");
            }
            return new ReturnedCopy(identity, reading,
                    ReturnedCopy.regions(new TrackedParagraphs(limits).read(pkg), layout), sha256);
        }
    }

    /** The file is readable but is not a review copy issued by the secretariat. */
    static final class NotAReviewCopy extends Exception {
        NotAReviewCopy(String message) {
            super(message);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
