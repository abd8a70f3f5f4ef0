package org.irm.submission;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.irm.catalogue.FieldId;

/**
 * The answers of a filled checklist by field, for pre-filling the next cycle's checklist or for
 * comparing returns. Refuses files that are not our checklists or whose seal does not hold, since
 * their answers cannot be trusted to belong to the State they claim.
 */
public final class ChecklistAnswers {

    private final DocumentInspector inspector;

    public ChecklistAnswers(DocumentInspector inspector) {
        this.inspector = inspector;
    }

    public Map<FieldId, String> read(Path checklist) {
        Inspection inspection = inspector.inspect(checklist);
        if (inspection.refusal().isPresent()) {
            throw new IllegalArgumentException(checklist + " cannot be read: " + inspection.refusal().get().message());
        }
        InspectionReport report = inspection.report().orElseThrow();
        if (report.identity() == null || !report.identity().signatureValid()) {
            throw new IllegalArgumentException(checklist + " is not a checklist issued by the secretariat with a valid seal"
                    + (report.identity() == null ? "." : ": " + report.identity().message()));
        }
        Map<FieldId, String> answers = new LinkedHashMap<>();
        report.answers().stream().filter(a -> !a.value().isEmpty())
                .forEach(a -> answers.put(FieldId.parse(a.fieldId()), a.value()));
        return answers;
    }
}
