package org.irm.register;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.irm.catalogue.FieldId;

/**
 * A State's answers for one review as they stand now, merged from every accepted return of every
 * part of its checklist (the whole checklist and agencies' shares): per field the current answer,
 * the field's history version by version, and the fields two parts answer differently.
 *
 * <p>Merging rules: within one part, a later version supersedes an earlier one field by field
 * (a field cleared in a later version is cleared). Across parts, the most recently received
 * answer that says something ({@link ReturnedAnswer#given()}) is current; when the parts' latest
 * answers that say something differ, the field is in {@link #conflicts()}.
 *
 * @param versions every accepted return, in the order received
 * @param current  per field, the answer that stands; only fields some return carried
 * @param history  per field, every returned answer in the order received (all parts)
 */
public record MasterChecklist(String reviewId, String state, List<ReturnedVersion> versions,
                              Map<FieldId, ReturnedAnswer> current, Map<FieldId, List<ReturnedAnswer>> history,
                              List<AnswerConflict> conflicts) {

    public MasterChecklist {
        versions = List.copyOf(versions);
        current = Collections.unmodifiableMap(new LinkedHashMap<>(current));
        Map<FieldId, List<ReturnedAnswer>> copied = new LinkedHashMap<>();
        history.forEach((field, answers) -> copied.put(field, List.copyOf(answers)));
        history = Collections.unmodifiableMap(copied);
        conflicts = List.copyOf(conflicts);
    }

    /** The answer that stands for a field, if any return carried it. */
    public Optional<ReturnedAnswer> answer(FieldId field) {
        return Optional.ofNullable(current.get(field));
    }

    /** The field's answers, oldest first, across every part and version; empty when never returned. */
    public List<ReturnedAnswer> history(FieldId field) {
        return history.getOrDefault(field, List.of());
    }

    public Optional<AnswerConflict> conflict(FieldId field) {
        return conflicts.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** When the last return arrived. */
    public Instant lastReceived() {
        return versions.get(versions.size() - 1).receivedAt();
    }

    /** The latest version of each part (checklist), in the order they were received. */
    public List<ReturnedVersion> latestVersions() {
        Map<UUID, ReturnedVersion> latest = new LinkedHashMap<>();
        versions.forEach(v -> {
            latest.remove(v.checklistId());
            latest.put(v.checklistId(), v);
        });
        return List.copyOf(latest.values());
    }

    /**
     * The most recently received return that carried the provision, answered or not: where a blank
     * field stands (blank fields have no row in the register, so no answer of their own).
     */
    public Optional<ReturnedVersion> latestCarrying(String provisionId) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).carries(provisionId)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** The findings still open: those of each part's latest version. */
    public List<Finding> openFindings() {
        return latestVersions().stream().flatMap(v -> v.findings().stream()).toList();
    }
}
