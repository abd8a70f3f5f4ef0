package org.irm.register;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission as the register holds it.
 *
 * @param checklistId null when the file could not be identified
 * @param version     1, 2, ... among the accepted submissions of its checklist; null when not accepted
 */
public record SubmissionRecord(long id, String sha256, UUID checklistId, SubmissionSource source, String sender,
                               String originalName, Instant receivedAt, Outcome outcome, String reason,
                               Integer version) {
}
