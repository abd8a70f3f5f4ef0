package org.irm.catalogue;

import java.util.Set;
import java.util.function.Function;

/**
 * Whether a question must be answered, given the other answers of its provision: always under a
 * {@code required} rule; under {@code requiredWhen} when the other question's answer is (or, negated,
 * is not) one of the rule's values. The one reading of these rules, for the intake's validation of a
 * return and for {@code irm status}'s count of a State's answers across its returns.
 */
public final class RequiredAnswers {

    private RequiredAnswers() {
    }

    /**
     * @param answerOf a question's answer as a set: the chosen code or the text, the ticked codes of
     *                 a check-box question; empty when it says nothing
     */
    public static boolean required(Provision provision, Question question, Function<Question, Set<String>> answerOf) {
        for (ValidationRule rule : question.rules()) {
            if (rule instanceof ValidationRule.Required) {
                return true;
            }
            if (rule instanceof ValidationRule.RequiredWhen when && conditionHolds(when, provision, answerOf)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the other question's answer calls for an answer; false when it has none to base it on. */
    public static boolean conditionHolds(ValidationRule.RequiredWhen rule, Provision provision,
                                         Function<Question, Set<String>> answerOf) {
        Question other = provision.questions().stream().filter(q -> q.id().equals(rule.question())).findFirst().orElse(null);
        if (other == null) {
            return false;
        }
        Set<String> otherAnswer = answerOf.apply(other);
        if (otherAnswer.isEmpty()) {
            // Nothing to base the condition on: the other question's own rules report it if it is required.
            return false;
        }
        boolean anyOf = otherAnswer.stream().anyMatch(rule.values()::contains);
        return rule.negated() != anyOf;
    }
}
