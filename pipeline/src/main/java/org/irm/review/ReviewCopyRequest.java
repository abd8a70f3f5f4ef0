package org.irm.review;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.identity.ChecklistIdentity;

/**
 * What a review copy is made of.
 *
 * @param copyId   the copy's own id (its identity's checklist id)
 * @param reviewer the reviewing State's ISO3 code, or {@link ChecklistIdentity#SECRETARIAT}
 * @param answers  the State's current answers by field, as the register or a filled checklist holds
 *                 them (a check box's field {@code q#code} holds {@code true} when ticked)
 */
public record ReviewCopyRequest(UUID copyId, String reviewId, State state, Language language, String reviewer,
                                Map<FieldId, String> answers, Instant issuedAt) {
    public ReviewCopyRequest {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        answers = Map.copyOf(answers);
    }
}
