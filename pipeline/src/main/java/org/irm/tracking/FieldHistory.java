package org.irm.tracking;

import java.util.List;
import org.irm.catalogue.FieldId;
import org.irm.register.ReturnedAnswer;

/**
 * One answered field of a State's checklist, version by version.
 *
 * @param current the answer the master checklist holds now ("" when none)
 * @param history every returned answer to it, oldest first
 */
public record FieldHistory(FieldId field, String current, List<ReturnedAnswer> history) {

    public FieldHistory {
        history = List.copyOf(history);
    }
}
