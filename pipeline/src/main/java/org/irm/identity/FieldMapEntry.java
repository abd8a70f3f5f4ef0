package org.irm.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.QuestionKind;

/**
 * One row of a checklist's field map (in its custom XML part): the field, the bookmark around its
 * answer, its kind, and its position among the checklist's answer controls in document order
 * (0-based; a check-box question's codes count one each). With the placeholder shown while the
 * field is blank and, for a list, each item's displayed text and value, it lets an answer be read
 * even from plain text, where an editor lost the control itself.
 *
 * @param placeholder the text shown while the field is blank, or "" when none is shown
 * @param choices     displayed text to value, in list order; empty unless the field is a list
 */
public record FieldMapEntry(FieldId field, String bookmark, QuestionKind kind, int position, String placeholder,
                            Map<String, String> choices) {

    public FieldMapEntry {
        placeholder = placeholder == null ? "" : placeholder;
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    public FieldMapEntry(FieldId field, String bookmark, QuestionKind kind, int position) {
        this(field, bookmark, kind, position, "", Map.of());
    }
}
