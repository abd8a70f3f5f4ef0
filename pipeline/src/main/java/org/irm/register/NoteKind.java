package org.irm.register;

import java.util.Arrays;

/**
 * What a reviewer's note is: one of the reviewer's own fields of the review copy (observation,
 * good practice, recommendation), a comment (a reply is a comment with a parent), or one kind of
 * tracked change. {@link #code()} is how it is spelled in the register and in JSON.
 */
public enum NoteKind {
    OBSERVATION("observation"),
    GOOD_PRACTICE("goodPractice"),
    RECOMMENDATION("recommendation"),
    COMMENT("comment"),
    INSERTION("insertion"),
    DELETION("deletion"),
    MOVE_FROM("moveFrom"),
    MOVE_TO("moveTo"),
    FORMATTING("formatting");

    private final String code;

    NoteKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True for the reviewer's own fields (observation, good practice, recommendation). */
    public boolean isReviewerField() {
        return this == OBSERVATION || this == GOOD_PRACTICE || this == RECOMMENDATION;
    }

    /** True for the tracked changes. */
    public boolean isChange() {
        return this == INSERTION || this == DELETION || this == MOVE_FROM || this == MOVE_TO || this == FORMATTING;
    }

    public static NoteKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a note kind: '" + code + "'"));
    }
}
