package org.irm.review;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.State;
import org.irm.identity.ChecklistIdentity;

/**
 * What a review copy is made of.
 *
 * @param copyId   the copy's own id (its identity's checklist id)
 * @param reviewer the reviewing State's ISO3 code, or {@link ChecklistIdentity#SECRETARIAT}
 * @param answers  the State's current answers by field, as the register or a filled checklist holds
 *                 them (a check box's field {@code q#code} holds {@code true} when ticked)
 * @param expert   for one expert's share, the expert and their articles; null for the whole copy
 * @param levels   each provision's priority level by id ({@link ReviewOrder#levels}); empty: the rule's default
 */
public record ReviewCopyRequest(UUID copyId, String reviewId, State state, Language language, String reviewer,
                                Map<FieldId, String> answers, Instant issuedAt, ExpertShare expert,
                                Map<String, String> levels) {

    /** A reviewing State's or the secretariat's whole copy, in the Convention's order. */
    public ReviewCopyRequest(UUID copyId, String reviewId, State state, Language language, String reviewer,
                             Map<FieldId, String> answers, Instant issuedAt) {
        this(copyId, reviewId, state, language, reviewer, answers, issuedAt, null, Map.of());
    }

    public ReviewCopyRequest {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        answers = Map.copyOf(answers);
        levels = Map.copyOf(levels);
        if (expert != null && ChecklistIdentity.SECRETARIAT.equals(reviewer)) {
            throw new IllegalArgumentException("An expert's copy is for an expert of a reviewing State, not the secretariat");
        }
    }

    /** True for the provisions this copy holds: an expert's articles, or all. */
    public boolean holds(Provision provision) {
        return expert == null || expert.holds(provision);
    }
}
