package org.irm.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

/**
 * Reads a returned review copy (bounded) whose sealed identity is a review copy's, and cuts its
 * body into the regions of the fields it was written with. What the intake records and the merge
 * merges; it records nothing itself.
 */
final class ReviewCopyReader {

    private final IdentityVerifier verifier;
    private final CopyLayout layout;
    private final PackageLimits limits;

    ReviewCopyReader(Catalogue catalogue, IdentitySeal seal, PackageLimits limits) {
        this.verifier = new IdentityVerifier(seal);
        this.layout = new CopyLayout(catalogue);
        this.limits = limits;
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
