package org.irm.report;

import java.util.Map;
import java.util.Objects;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;

/**
 * The State's current answer to every field it answered, across its returns and agency parts, in
 * the language it wrote them in. Check boxes hold {@code true} or {@code false} per option field.
 */
public record StateAnswers(Map<FieldId, String> values, Language language) {
    public StateAnswers {
        values = Map.copyOf(values);
        Objects.requireNonNull(language, "language");
    }

    public String get(FieldId field) {
        return values.getOrDefault(field, "");
    }
}
