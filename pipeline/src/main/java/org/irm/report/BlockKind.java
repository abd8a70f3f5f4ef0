package org.irm.report;

import java.util.Arrays;

/** What a report block holds; its code is the kind part of the block's key and tag. */
public enum BlockKind {
    /** The State's measures and examples for one provision, from its answers. */
    MEASURES("measures"),
    /** The reviewers' observations on one provision. */
    OBSERVATIONS("observations"),
    /** One success or good practice noted by the reviewers. */
    GOOD_PRACTICE("goodPractice"),
    /** One recommendation of the reviewers. */
    RECOMMENDATION("recommendation"),
    /** One technical-assistance need, with its category. */
    TA_NEED("taNeed");

    private final String code;

    BlockKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static BlockKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a report block kind: '" + code + "'"));
    }
}
