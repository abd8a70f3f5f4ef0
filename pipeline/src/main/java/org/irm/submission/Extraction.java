package org.irm.submission;

import java.util.List;
import org.irm.catalogue.FieldId;
import org.irm.register.Answer;
import org.irm.register.Finding;

/**
 * Every answer read from a checklist, the fields of its field map that could not be found, and
 * what reading the answers found for the State to confirm ({@code storedValueDiffers}).
 */
public record Extraction(List<Answer> answers, List<FieldId> missing, List<Finding> findings) {
    public Extraction {
        answers = List.copyOf(answers);
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
    }
}
