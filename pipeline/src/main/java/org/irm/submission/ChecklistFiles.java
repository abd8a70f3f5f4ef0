package org.irm.submission;

import java.nio.file.Path;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentitySeal;
import org.irm.identity.IdentityVerifier;
import org.irm.submission.screening.DocumentOpening;
import org.irm.submission.screening.OpenedDocument;

/**
 * Opens a file that must be one of our checklists with a valid seal, and returns what it says
 * about itself; anything else is refused with a sentence saying why.
 */
public final class ChecklistFiles {

    private final DocumentOpening opening = new DocumentOpening();
    private final IdentityVerifier verifier;

    public ChecklistFiles(IdentitySeal seal) {
        this.verifier = new IdentityVerifier(seal);
    }

    public ChecklistManifest manifest(Path file) {
        OpenedDocument opened = opening.open(file);
        if (opened.refusal().isPresent()) {
            throw new IllegalArgumentException(file + " cannot be read: " + opened.refusal().get().message());
        }
        IdentityCheck check = verifier.check(opened.reading().orElseThrow());
        if (!check.valid()) {
            throw new IllegalArgumentException(file + ": " + check.message());
        }
        return check.manifest();
    }
}
