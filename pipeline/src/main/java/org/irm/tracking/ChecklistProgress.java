package org.irm.tracking;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.register.AnswerConflict;
import org.irm.register.ReturnedVersion;
import org.irm.register.ReviewNotes.ProvisionReview;

/**
 * Where one State's checklist stands: its latest review's master checklist (every part and version
 * merged) read provision by provision.
 *
 * @param name       the State's name in the States list (its code when the list does not have it)
 * @param versions   every returned version of every part
 * @param provisions every provision of the catalogue, in the Convention's order
 * @param conflicts  the fields two agencies answered differently
 * @param fields     each answered field's history; empty unless asked for
 * @param reviews    per provision and reviewing State, what reviewers left
 */
public record ChecklistProgress(String state, String name, String reviewId, Instant lastReceived,
                                List<ReturnedVersion> versions, List<ProvisionProgress> provisions,
                                List<AnswerConflict> conflicts, List<FieldHistory> fields,
                                List<ProvisionReview> reviews) {

    public ChecklistProgress {
        versions = List.copyOf(versions);
        provisions = List.copyOf(provisions);
        conflicts = List.copyOf(conflicts);
        fields = List.copyOf(fields);
        reviews = List.copyOf(reviews);
    }

    /** The required fields without an answer, over every provision (those of provisions not returned yet included). */
    public int missingFields() {
        return provisions.stream().mapToInt(ProvisionProgress::missingFields).sum();
    }

    /** How many provisions are answered, have findings and are missing, in that order. */
    public Map<String, Long> provisionCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of(ProvisionProgress.ANSWERED, ProvisionProgress.FINDINGS, ProvisionProgress.MISSING)) {
            counts.put(status, provisions.stream().filter(p -> p.status().equals(status)).count());
        }
        return counts;
    }
}
