package org.irm.submission;

import java.util.List;
import org.irm.catalogue.FieldId;

/** Every answer read from a checklist, and the fields of its field map that could not be found. */
public record Extraction(List<Answer> answers, List<FieldId> missing) {
    public Extraction {
        answers = List.copyOf(answers);
        missing = List.copyOf(missing);
    }
}
