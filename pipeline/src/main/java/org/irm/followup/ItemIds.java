package org.irm.followup;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.FieldId;

/**
 * How tracked items and their form fields are named. An item's id is
 * {@code <review id>/<kind letter>-<provision>-<sequence>}: {@code uncac-2-KEN/R-5.1-01} is the first
 * recommendation on provision {@code uncac.5.1} of review {@code uncac-2-KEN} (R recommendation,
 * G good practice, T technical-assistance need). In a follow-up form each item's fields are
 * {@code <provision id>/fu-<letter><sequence>-<field>}, e.g. {@code uncac.5.1/fu-r01-status}, so an
 * item is found again from its field ids and the form's review.
 */
public final class ItemIds {

    private static final Map<String, String> LETTERS = Map.of("recommendation", "R", "goodPractice", "G", "taNeed", "T");

    /** The fields of an item in a form. */
    static final String STATUS = "status";
    static final String MEASURES = "measures";
    static final String EVIDENCE = "evidence";
    static final String TA = "ta";
    static final String PLAN = "plan";

    private ItemIds() {
    }

    /** The id of an item: the follow-up stage names them, and whoever tracks items (a data set too) names them so. */
    public static String id(String reviewId, String provisionId, String kind, int sequence) {
        return reviewId + "/" + letter(kind) + "-" + shortProvision(provisionId) + "-" + String.format(Locale.ROOT, "%02d", sequence);
    }

    static String letter(String kind) {
        String letter = LETTERS.get(kind);
        if (letter == null) {
            throw new IllegalArgumentException("Not a kind of follow-up item: '" + kind + "'");
        }
        return letter;
    }

    /** {@code uncac.5.1} shown as {@code 5.1}: the instrument is in the review id already. */
    static String shortProvision(String provisionId) {
        int dot = provisionId.indexOf('.');
        return dot < 0 ? provisionId : provisionId.substring(dot + 1);
    }

    /** The field of an item in a form. */
    static FieldId field(String provisionId, String kind, int sequence, String field) {
        return FieldId.of(provisionId, "fu-" + letter(kind).toLowerCase(Locale.ROOT)
                + String.format(Locale.ROOT, "%02d", sequence) + "-" + field);
    }

    /** The item a form field belongs to, and which of its fields it is; empty for a field not of a form. */
    static Optional<FormField> ofField(String reviewId, FieldId field) {
        String question = field.question();
        if (!question.startsWith("fu-") || question.length() < 8) {
            return Optional.empty();
        }
        String letter = question.substring(3, 4).toUpperCase(Locale.ROOT);
        int dash = question.indexOf('-', 4);
        if (dash < 0 || !LETTERS.containsValue(letter)) {
            return Optional.empty();
        }
        try {
            int sequence = Integer.parseInt(question.substring(4, dash));
            String kind = LETTERS.entrySet().stream().filter(e -> e.getValue().equals(letter)).findFirst().orElseThrow().getKey();
            return Optional.of(new FormField(id(reviewId, field.provisionId(), kind, sequence), question.substring(dash + 1)));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** One field of one item in a form. */
    record FormField(String itemId, String field) { }
}
