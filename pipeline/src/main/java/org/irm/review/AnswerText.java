package org.irm.review;

import java.util.Map;
import java.util.stream.Collectors;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CodeList;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Question;
import org.irm.catalogue.QuestionKind;

/**
 * A State's answer to one question as a reviewer reads it: the text as written, a list answer's
 * label instead of its code, the labels of the ticked check boxes separated by "; ".
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
}
