package org.irm.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.irm.register.Register;
import org.irm.register.ReportDraft;
import org.irm.register.ReviewRecord;

/**
 * The report drafts the console lets users download, found by id only: the SHA-256 the register
 * recorded for the draft. Never by a path from the request: the file is the one the register names,
 * in its State's outbox folder, and a name that would leave that folder is refused.
 */
final class DraftFiles {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    /** A draft ready to send: the State it belongs to (for the access policy), its file, and what to call it. */
    record DraftFile(String state, ReportDraft draft, Path file) {
    }

    private final Register register;
    private final Path outbox;

    DraftFiles(Register register, Path outbox) {
        this.register = register;
        this.outbox = outbox.toAbsolutePath().normalize();
    }

    /** The draft of this id with its file, or empty when the id is malformed, unknown, or its file is not where it must be. */
    Optional<DraftFile> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Optional<ReportDraft> draft = register.reportRecords().draftBySha256(id);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReviewRecord> review = register.reviews().find(draft.get().reviewId());
        if (review.isEmpty()) {
            return Optional.empty();
        }
        String state = review.get().stateUnderReview();
        Path folder = outbox.resolve(state).normalize();
        Path file = folder.resolve(draft.get().fileName()).normalize();
        // The register's file name is the pipeline's own; still, nothing outside the State's outbox is ever sent.
        if (!state.matches("[A-Z]{3}") || !file.getParent().equals(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new DraftFile(state, draft.get(), file));
    }
}
