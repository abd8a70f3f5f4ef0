package org.irm.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;

/**
 * What one checklist document is for.
 *
 * @param stateName            the State's name in the checklist's language, as shown on the cover
 * @param cycleLabel           the cycle as shown on the cover, such as "Second cycle (2016-2026)"
 * @param agency               one agency's share, or null for the whole checklist
 * @param articles             the articles of that share; empty for all
 * @param previousAnswers      answers of an earlier checklist, pre-filled into the editable fields
 * @param previousObservations last cycle's observations per provision id, pre-filled and locked
 */
public record ChecklistRequest(UUID checklistId, String reviewId, String state, String stateName, Language language,
                               String cycleLabel, LocalDate deadline, String agency, Set<Integer> articles,
                               Map<FieldId, String> previousAnswers, Map<String, String> previousObservations,
                               Instant issuedAt) {
    public ChecklistRequest {
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(language, "language");
        articles = Set.copyOf(articles);
        previousAnswers = Map.copyOf(previousAnswers);
        previousObservations = Map.copyOf(previousObservations);
    }

    public boolean includes(Provision provision) {
        return articles.isEmpty() || articles.contains(provision.article());
    }
}
