package org.irm.console;

import java.util.Arrays;
import java.util.Locale;

/** What a console user is: the code is what the register stores and {@code irm users add --role} takes. */
public enum Role {
    /** The secretariat: every State, every review, the audit log. */
    SECRETARIAT("secretariat"),
    /** A State's focal point: that State only. */
    FOCAL_POINT("focal-point"),
    /** An expert of a reviewing State: the reviews where that State is drawn. */
    EXPERT("expert");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The role of a code, ignoring case. */
    public static Role of(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No role '" + code
                        + "': use secretariat, focal-point or expert."));
    }

    /** Whether a user of this role belongs to a State (and must name it). */
    public boolean ofState() {
        return this != SECRETARIAT;
    }
}
