package org.irm.contributors;

import org.irm.catalogue.FieldId;

/**
 * The names a contributor's form is known by: the catalogue-version value its sealed identity
 * carries (which tells the desk a contributor's form from a checklist; the seal covers it), and the
 * field of each provision's input ({@code <provision id>/contribution}), declared once here.
 */
public final class ContributorFields {

    /** The catalogue-version value of a contributor's form's sealed identity. */
    public static final String FORM_FORMAT = "contributor-1";

    /** The question part of an input field's id. */
    public static final String INPUT = "contribution";

    private ContributorFields() {
    }

    /** The field of a contributor's input on a provision. */
    public static FieldId input(String provisionId) {
        return FieldId.of(provisionId, INPUT);
    }

    /** True for a contributor's input field (a form's field map may hold only these). */
    public static boolean isInput(FieldId field) {
        return INPUT.equals(field.question()) && field.option() == null;
    }
}
