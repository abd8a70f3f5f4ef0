package org.irm.register;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A returned review copy as the register knows it.
 *
 * @param id             the register's id (0 before it is recorded)
 * @param copyId         the review copy's own id (the checklist id in its sealed identity)
 * @param reviewingState the reviewing State's ISO3 code, or {@code "secretariat"}
 * @param sha256         the file's sha256 (the archived original)
 */
public record ReviewCopyRecord(long id, UUID copyId, String reviewId, String state, String reviewingState,
                               String sha256, String originalName, Instant receivedAt) {
    public ReviewCopyRecord {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reviewingState, "reviewingState");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
