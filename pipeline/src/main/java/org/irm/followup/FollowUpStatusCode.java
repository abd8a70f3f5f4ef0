package org.irm.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an item or one step of its action plan stands, as a State reports it. Stored as its code. */
public enum FollowUpStatusCode {
    IMPLEMENTED("implemented"),
    PARTIALLY_IMPLEMENTED("partially-implemented"),
    IN_PROGRESS("in-progress"),
    NOT_STARTED("not-started"),
    NOT_APPLICABLE("not-applicable");

    private final String code;

    FollowUpStatusCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The label key of this status in {@code templates/followup/labels_<lang>.properties}. */
    public String labelKey() {
        return "status." + code;
    }

    /** True for a status after which nothing more is expected (an item no longer open). */
    public boolean closed() {
        return this == IMPLEMENTED || this == NOT_APPLICABLE;
    }

    public static Optional<FollowUpStatusCode> ofCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
