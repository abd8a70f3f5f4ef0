package org.irm.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A received file as intake hands it to the register, after archiving it and before acknowledging it.
 *
 * @param sha256      lower-case hex digest of the file's bytes: the file's identity in the archive
 * @param checklistId the checklist it was identified as, or null when it could not be identified
 * @param sender      e-mail address or user name, or null when unknown (a shared folder)
 * @param reason      why it was refused, or null when accepted
 * @param findings    what validation noticed; stored with the submission
 */
public record NewSubmission(String sha256, UUID checklistId, SubmissionSource source, String sender,
                            String originalName, Instant receivedAt, Outcome outcome, String reason,
                            List<Finding> findings) {
    public NewSubmission {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(outcome, "outcome");
        findings = List.copyOf(findings);
    }

    /** An accepted file with no findings. */
    public static NewSubmission accepted(String sha256, UUID checklistId, SubmissionSource source, String sender,
                                         String originalName, Instant receivedAt) {
        return new NewSubmission(sha256, checklistId, source, sender, originalName, receivedAt, Outcome.ACCEPTED,
                null, List.of());
    }

    /** True when this submission becomes a new version of its checklist. */
    boolean versioned() {
        return outcome == Outcome.ACCEPTED && checklistId != null;
    }
}
