package org.irm.register;

import java.util.List;
import org.irm.catalogue.FieldId;

/**
 * Two or more parts of a State's checklist (agencies' shares, the whole checklist) whose latest
 * returns answer one field differently. The master checklist shows the most recent of them as
 * the current answer; the secretariat settles the conflict with the State.
 *
 * @param answers each disagreeing part's latest answer, oldest first
 */
public record AnswerConflict(FieldId field, List<ReturnedAnswer> answers) {
    public AnswerConflict {
        answers = List.copyOf(answers);
    }
}
