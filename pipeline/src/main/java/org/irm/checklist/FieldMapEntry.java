package org.irm.checklist;

import org.irm.catalogue.FieldId;
import org.irm.catalogue.QuestionKind;

/**
 * One row of a checklist's field map (in its custom XML part): the field, the bookmark around its
 * answer, its kind, and its position among the checklist's answer controls in document order
 * (0-based; a check-box question's codes count one each). The last resort when a field's tag and
 * bookmark were both lost.
 */
public record FieldMapEntry(FieldId field, String bookmark, QuestionKind kind, int position) {
}
