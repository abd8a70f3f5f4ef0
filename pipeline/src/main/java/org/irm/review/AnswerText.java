package org.irm.review;

import java.util.Map;
import java.util.stream.Collectors;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CodeList;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Needs;
import org.irm.catalogue.Question;
import org.irm.catalogue.QuestionKind;

/**
 * A State's answer to one question as a reviewer reads it: the text as written, a list answer's
 * label instead of its code, the labels of the ticked check boxes separated by "; ", needs stated in
 * the State's words one numbered paragraph each.
 */
final class AnswerText {

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final Language language;

    AnswerText(Catalogue catalogue, I18nLabels labels, Language language) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.language = language;
    }

    String of(FieldId field, Question question, Map<FieldId, String> answers) {
        if (question.kind() == QuestionKind.NEEDS) {
            return needs(field, question, answers);
        }
        if (question.kind() == QuestionKind.CODES) {
            CodeList list = catalogue.codeList(question.codeList()).orElseThrow();
            return list.codes().stream().filter(code -> "true".equals(answers.get(field.withOption(code))))
                    .map(code -> labels.text(language, "code." + list.id() + "." + code))
                    .collect(Collectors.joining("; "));
        }
        String value = answers.getOrDefault(field, "");
        if (question.kind() == QuestionKind.CHOICE && !value.isEmpty()) {
            String key = "code." + question.codeList() + "." + value;
            return labels.find(language, key).orElse(value);
        }
        return value;
    }

    /** One paragraph per need, numbered as the State listed them, with its priority worded when it gave one. */
    private String needs(FieldId field, Question question, Map<FieldId, String> answers) {
        return Needs.of(field, answers).stream().filter(n -> !n.description().isEmpty() || !n.priority().isEmpty())
                .map(n -> n.number() + ". " + n.description() + (n.priority().isEmpty() ? "" : " ("
                        + labels.text(language, "review.need.priority", labels.find(language, "code." + question.codeList()
                                + "." + n.priority()).orElse(n.priority())) + ")"))
                .collect(Collectors.joining("\n"));
    }
}
