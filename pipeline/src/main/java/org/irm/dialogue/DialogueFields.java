package org.irm.dialogue;

import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.register.DialogueQuestion;

/**
 * The field id of a question's answer in a question list: {@code <provision>/dialogue-<question id>},
 * for example {@code uncac.9.1.a/dialogue-12}. Declared here once; the writer and the reader use it.
 */
final class DialogueFields {

    private static final String PREFIX = "dialogue-";

    private DialogueFields() {
    }

    static FieldId answer(DialogueQuestion question) {
        return FieldId.of(question.provisionId(), PREFIX + question.id());
    }

    /** The question a field answers, when it is a dialogue answer field. */
    static Optional<Long> questionOf(FieldId field) {
        String question = field.question();
        if (!question.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(question.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
