package org.irm.stages;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.irm.catalogue.Language;
import org.irm.register.ReviewStage;

/**
 * One stage of the secretariat's list.
 *
 * @param labels its name per language (every one of the six)
 * @param checks the names of the checks a review must meet to reach it ({@link StageCheck#name()})
 */
public record StageDefinition(ReviewStage stage, Map<Language, String> labels, List<String> checks) {
    public StageDefinition {
        Objects.requireNonNull(stage, "stage");
        labels = Map.copyOf(labels);
        checks = List.copyOf(checks);
    }

    /** Its name in a language. */
    public String label(Language language) {
        return labels.get(language);
    }
}
