package org.irm.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One question of a provision's question block. Its text is in the i18n files under
 * {@code question.<id>.label} (and {@code question.<id>.help} for guidance).
 *
 * @param codeList the code list for {@link QuestionKind#CHOICE} and {@link QuestionKind#CODES}, else null
 * @param readOnly true for fields the State may not edit (previous cycle's observations)
 */
public record Question(String id, QuestionKind kind, String codeList, boolean readOnly, List<ValidationRule> rules) {
    public Question {
        rules = List.copyOf(rules);
    }

    public Optional<String> codeListId() {
        return Optional.ofNullable(codeList);
    }

    public boolean required() {
        return rules.stream().anyMatch(ValidationRule.Required.class::isInstance);
    }

    public Optional<Integer> maxWords() {
        return rules.stream().filter(ValidationRule.MaxWords.class::isInstance)
                .map(rule -> ((ValidationRule.MaxWords) rule).limit()).findFirst();
    }
}
