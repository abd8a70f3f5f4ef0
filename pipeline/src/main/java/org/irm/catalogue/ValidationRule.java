package org.irm.catalogue;

import java.util.Set;

/**
 * A rule a question's answer must satisfy, declared in the catalogue (never in Java) and checked
 * when a return comes in. Rules are values; checking them produces findings, it never throws.
 */
public sealed interface ValidationRule {

    /** The answer must not be empty. */
    record Required() implements ValidationRule { }

    /** The answer must not be empty when another question of the same provision has (or has not) one of the given values. */
    record RequiredWhen(String question, Set<String> values, boolean negated) implements ValidationRule {
        public RequiredWhen {
            values = Set.copyOf(values);
        }
    }

    /** Every value must come from the question's code list. */
    record AllowedValues(String codeList) implements ValidationRule { }

    /** The answer must have at most this many words. */
    record MaxWords(int limit) implements ValidationRule { }
}
