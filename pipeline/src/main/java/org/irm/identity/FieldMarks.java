package org.irm.identity;

import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.config.Sha256;

/**
 * How a field's id is marked in a checklist so that it survives Word and LibreOffice: the content
 * control's tag ({@code irm:<field id>}) and a bookmark around the answer, whose name is a short
 * code derived from the field id (bookmark names allow letters, digits and {@code _}, at most 40
 * characters). The field map in the custom XML part links codes back to field ids.
 */
public final class FieldMarks {

    /** Prefix of every content-control tag this project writes. */
    public static final String TAG_PREFIX = "irm:";
    /** Prefix of every bookmark this project writes. */
    public static final String BOOKMARK_PREFIX = "irm_";

    private FieldMarks() {
    }

    public static String tag(FieldId field) {
        return TAG_PREFIX + field;
    }

    /** The field id in one of our tags; empty for tags written by anyone else. */
    public static Optional<FieldId> fieldOfTag(String tag) {
        if (tag == null || !tag.startsWith(TAG_PREFIX)) {
            return Optional.empty();
        }
        return FieldId.tryParse(tag.substring(TAG_PREFIX.length()));
    }

    /**
     * The bookmark name for a field: stable for the field id alone (not its position), so a
     * master checklist and an agency's share name the same field alike.
     */
    public static String bookmark(FieldId field) {
        return BOOKMARK_PREFIX + Sha256.prefix(field.toString(), 8);
    }

    public static boolean isOurBookmark(String name) {
        return name != null && name.startsWith(BOOKMARK_PREFIX);
    }
}
