package org.irm.catalogue;

import java.util.Optional;

/**
 * The stable id of one answer field: {@code <provision id>/<question id>}, for example
 * {@code uncac.9.1.a/compliance}. It survives every editor because it is written in the content
 * control's tag, in a bookmark (through a short code) and in the checklist's field map.
 *
 * <p>A check-box question has one control per code; such a control's id carries the code after a
 * {@code #}: {@code uncac.9.1.a/challenges#limited-resources}. {@link #question()} stays the
 * question and {@link #option()} names the code.
 */
public record FieldId(String provisionId, String question, String option) {

    public FieldId {
        if (!isProvisionId(provisionId)) {
            throw new IllegalArgumentException("Not a provision id: '" + provisionId + "'");
        }
        if (!isName(question)) {
            throw new IllegalArgumentException("Not a question id: '" + question + "'");
        }
        if (option != null && !isName(option)) {
            throw new IllegalArgumentException("Not an option code: '" + option + "'");
        }
    }

    public static FieldId of(String provisionId, String question) {
        return new FieldId(provisionId, question, null);
    }

    /** This field's control for one code of a check-box question. */
    public FieldId withOption(String code) {
        return new FieldId(provisionId, question, code);
    }

    /** The whole question this field belongs to (drops the option). */
    public FieldId questionField() {
        return option == null ? this : new FieldId(provisionId, question, null);
    }

    /** Parses {@code provision/question[#option]}. */
    public static FieldId parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("Not a field id: '" + text + "'"));
    }

    /** Parses leniently: empty when the text is not a field id (for tags written by other tools). */
    public static Optional<FieldId> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String rest = text.substring(slash + 1);
        int hash = rest.indexOf('#');
        try {
            return Optional.of(hash < 0
                    ? new FieldId(text.substring(0, slash), rest, null)
                    : new FieldId(text.substring(0, slash), rest.substring(0, hash), rest.substring(hash + 1)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return provisionId + "/" + question + (option == null ? "" : "#" + option);
    }

    // The two shapes below are checked by hand, not by regular expressions: ids are parsed for
    // every field of every return (thousands per file), and the regex matching showed in profiles.

    /** {@code [a-z][a-z0-9-]*(\.[a-z0-9-]+)+}: a lower-case word, then one or more dotted segments. */
    private static boolean isProvisionId(String text) {
        if (text.isEmpty() || !lower(text.charAt(0))) {
            return false;
        }
        int segments = 0;
        boolean segmentEmpty = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (segments > 0 && segmentEmpty) {
                    return false;
                }
                segments++;
                segmentEmpty = true;
            } else if (lower(c) || digit(c) || c == '-') {
                segmentEmpty = false;
            } else {
                return false;
            }
        }
        return segments > 0 && !segmentEmpty;
    }

    /** {@code [A-Za-z][A-Za-z0-9-]*}. */
    private static boolean isName(String text) {
        if (text.isEmpty() || !letter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!letter(c) && !digit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean letter(char c) {
        return lower(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
