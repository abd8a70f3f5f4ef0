package org.irm.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.irm.catalogue.ArticleRef;

/**
 * A returned review copy as the register knows it.
 *
 * @param id             the register's id (0 before it is recorded)
 * @param copyId         the review copy's own id (the checklist id in its sealed identity)
 * @param reviewingState the reviewing State's ISO3 code, or {@code "secretariat"}
 * @param sha256         the file's sha256 (the archived original)
 * @param expert         the expert whose copy it is (their address), or null for a reviewing State's whole copy
 * @param articles       an expert's copy's articles (those it was written with); empty for a whole copy
 * @param unassigned     the articles the copy carried that were not assigned to its expert when it came in
 */
public record ReviewCopyRecord(long id, UUID copyId, String reviewId, String state, String reviewingState,
                               String sha256, String originalName, Instant receivedAt, String expert,
                               List<ArticleRef> articles, List<ArticleRef> unassigned) {

    /** A reviewing State's or the secretariat's whole copy. */
    public ReviewCopyRecord(long id, UUID copyId, String reviewId, String state, String reviewingState, String sha256,
                            String originalName, Instant receivedAt) {
        this(id, copyId, reviewId, state, reviewingState, sha256, originalName, receivedAt, null, List.of(), List.of());
    }

    public ReviewCopyRecord {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reviewingState, "reviewingState");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        articles = articles == null ? List.of() : List.copyOf(articles);
        unassigned = unassigned == null ? List.of() : List.copyOf(unassigned);
    }
}
