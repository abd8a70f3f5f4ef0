package org.irm.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CodeList;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Needs;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.catalogue.QuestionKind;
import org.irm.catalogue.RequiredAnswers;
import org.irm.catalogue.ValidationRule;
import org.irm.register.Answer;
import org.irm.register.Finding;

/**
 * Checks a return's answers against the rules its catalogue declares: required, required when
 * another answer of the provision says so, allowed values, word limits; and that the answer to a
 * date question is a date ({@code notADate}); a needs question's rules apply need by need. Only the provisions the
 * checklist holds are checked (an agency's share answers for its own articles only).
 */
public final class AnswerValidator {

    private final Catalogue catalogue;

    public AnswerValidator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Finding> validate(String state, List<Answer> answers) {
        Map<FieldId, String> byQuestion = new HashMap<>();
        Map<FieldId, String> all = new HashMap<>();
        Map<FieldId, Set<String>> ticked = new HashMap<>();
        Set<String> provisions = new LinkedHashSet<>();
        for (Answer answer : answers) {
            FieldId field = answer.fieldId();
            provisions.add(field.provisionId());
            all.put(field, answer.value());
            if (field.option() != null) {
                Set<String> codes = ticked.computeIfAbsent(field.questionField(), f -> new HashSet<>());
                if ("true".equals(answer.value())) {
                    codes.add(field.option());
                }
            } else {
                byQuestion.put(field, answer.value());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (String provisionId : provisions) {
            catalogue.provision(provisionId).ifPresent(p -> check(state, p, byQuestion, ticked, all, findings));
        }
        return findings;
    }

    private void check(String state, Provision provision, Map<FieldId, String> values, Map<FieldId, Set<String>> ticked,
                       Map<FieldId, String> all, List<Finding> findings) {
        for (Question question : provision.questions()) {
            if (question.readOnly()) {
                continue;
            }
            FieldId field = provision.field(question.id());
            if (question.kind() == QuestionKind.NEEDS) {
                needs(state, question, field, all, findings);
                continue;
            }
            Set<String> answer = answerOf(question, field, values, ticked);
            if (question.kind() == QuestionKind.DATE) {
                // A date question takes a date whatever its rules say; the reader has already read every form it knows.
                answer.stream().filter(v -> !WrittenDates.isIsoDate(v)).findFirst()
                        .ifPresent(v -> findings.add(finding(state, field, "notADate", v)));
            }
            for (ValidationRule rule : question.rules()) {
                Finding finding = apply(rule, state, provision, field, answer, values, ticked);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
    }

    /**
     * A needs question's rules, need by need (empty rows were never read as needs): a priority must be a
     * code of the list ({@code needPriority}, naming the need and what was written), a description must
     * keep to the word limit ({@code tooLong}), a need with a priority must have a description
     * ({@code needWithoutText}); {@code required} asks for at least one need.
     */
    private void needs(String state, Question question, FieldId field, Map<FieldId, String> all, List<Finding> findings) {
        List<Needs.Need> needs = Needs.of(field, all);
        for (ValidationRule rule : question.rules()) {
            if (rule instanceof ValidationRule.Required && needs.isEmpty()) {
                findings.add(finding(state, field, "required"));
            } else if (rule instanceof ValidationRule.AllowedValues allowed) {
                CodeList list = catalogue.codeList(allowed.codeList()).orElse(null);
                needs.stream().filter(n -> list != null && !n.priority().isEmpty() && !list.contains(n.priority()))
                        .forEach(n -> findings.add(finding(state, Needs.priority(field, n.number()), "needPriority",
                                Integer.toString(n.number()), n.priority())));
            } else if (rule instanceof ValidationRule.MaxWords max) {
                needs.forEach(n -> {
                    Finding tooLong = tooLong(state, Needs.description(field, n.number()), n.description(), max.limit());
                    if (tooLong != null) {
                        findings.add(tooLong);
                    }
                });
            }
        }
        needs.stream().filter(n -> n.description().isEmpty())
                .forEach(n -> findings.add(finding(state, Needs.description(field, n.number()), "needWithoutText",
                        Integer.toString(n.number()))));
    }

    private Finding apply(ValidationRule rule, String state, Provision provision, FieldId field, Set<String> answer,
                          Map<FieldId, String> values, Map<FieldId, Set<String>> ticked) {
        if (rule instanceof ValidationRule.Required) {
            return answer.isEmpty() ? finding(state, field, "required") : null;
        }
        if (rule instanceof ValidationRule.RequiredWhen when) {
            return answer.isEmpty() && conditionHolds(when, provision, values, ticked)
                    ? finding(state, field, "requiredWhen", when.question()) : null;
        }
        if (rule instanceof ValidationRule.AllowedValues allowed) {
            return notAllowed(state, field, answer, allowed.codeList());
        }
        ValidationRule.MaxWords max = (ValidationRule.MaxWords) rule;
        return tooLong(state, field, values.get(field), max.limit());
    }

    private static Set<String> answerOf(Question question, FieldId field, Map<FieldId, String> values,
                                        Map<FieldId, Set<String>> ticked) {
        if (question.kind() == QuestionKind.CODES) {
            return ticked.getOrDefault(field, Set.of());
        }
        String value = values.getOrDefault(field, "").strip();
        return value.isEmpty() ? Set.of() : Set.of(value);
    }

    private boolean conditionHolds(ValidationRule.RequiredWhen rule, Provision provision, Map<FieldId, String> values,
                                   Map<FieldId, Set<String>> ticked) {
        return RequiredAnswers.conditionHolds(rule, provision,
                question -> answerOf(question, provision.field(question.id()), values, ticked));
    }

    private Finding notAllowed(String state, FieldId field, Set<String> answer, String codeListId) {
        CodeList list = catalogue.codeList(codeListId).orElse(null);
        if (list == null) {
            return null;
        }
        return answer.stream().filter(v -> !list.contains(v)).findFirst()
                .map(v -> finding(state, field, "notAllowed", v)).orElse(null);
    }

    private static Finding tooLong(String state, FieldId field, String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int words = value.strip().split("\\s+").length;
        return words > limit ? finding(state, field, "tooLong", Integer.toString(words), Integer.toString(limit)) : null;
    }

    private static Finding finding(String state, FieldId field, String code, String... arguments) {
        return new Finding(state, field, code, List.of(arguments));
    }
}
