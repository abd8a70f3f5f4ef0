package org.irm.register;

import org.irm.catalogue.FieldId;

/**
 * One answer read from a returned checklist.
 *
 * @param value          as the pipeline stores it: text for text fields (empty when left blank),
 *                       the code for a choice, {@code true}/{@code false} for one check box, ISO
 *                       yyyy-MM-dd for a date
 * @param pendingChanges true when the answer still carries tracked changes or comments: the value
 *                       reads them as accepted, but the State has not finished with it
 */
public record Answer(FieldId fieldId, String value, FoundBy foundBy, boolean pendingChanges) {
}
