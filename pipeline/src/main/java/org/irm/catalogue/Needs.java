package org.irm.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the answer to a {@link QuestionKind#NEEDS} question is kept, need by need, as fields of that
 * question: {@code <provision>/<question>#need-<n>} holds the n-th need's description in the State's
 * words, {@code #need-<n>-priority} its priority (a code of the question's list, or as written when it
 * is none of them, or empty), and the question's own field {@code <provision>/<question>} the number of
 * needs read ({@code ""} when none). Needs are numbered 1, 2, ... in the order the State wrote them,
 * empty rows left out. The count is what makes a later return that states fewer needs clear the needs
 * it no longer states: a return supersedes an earlier one field by field, and needs past the count are
 * not read.
 */
public final class Needs {

    private static final String PREFIX = "need-";
    private static final String PRIORITY = "-priority";

    private Needs() {
    }

    /** One need as stated: its number, its description, and its priority (a code, as written, or empty). */
    public record Need(int number, String description, String priority) { }

    /** The field of the n-th need's description. */
    public static FieldId description(FieldId question, int number) {
        return question.questionField().withOption(PREFIX + number);
    }

    /** The field of the n-th need's priority. */
    public static FieldId priority(FieldId question, int number) {
        return question.questionField().withOption(PREFIX + number + PRIORITY);
    }

    /** The need's number when the field is a need's description or priority; empty otherwise. */
    public static Optional<Integer> numberOf(FieldId field) {
        String option = field.option();
        if (option == null || !option.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = option.substring(PREFIX.length());
        if (rest.endsWith(PRIORITY)) {
            rest = rest.substring(0, rest.length() - PRIORITY.length());
        }
        try {
            int number = Integer.parseInt(rest);
            return number > 0 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException notANeed) {
            return Optional.empty();
        }
    }

    /** True when the field is a need's priority. */
    public static boolean isPriority(FieldId field) {
        return numberOf(field).isPresent() && field.option().endsWith(PRIORITY);
    }

    /**
     * The needs a set of answers states for one question, by the count in the question's own field:
     * none when the count is missing, empty or not a number.
     */
    public static List<Need> of(FieldId question, Map<FieldId, String> answers) {
        FieldId field = question.questionField();
        int count;
        try {
            count = Integer.parseInt(answers.getOrDefault(field, "").strip());
        } catch (NumberFormatException none) {
            return List.of();
        }
        List<Need> needs = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            needs.add(new Need(n, answers.getOrDefault(description(field, n), "").strip(),
                    answers.getOrDefault(priority(field, n), "").strip()));
        }
        return needs;
    }
}
