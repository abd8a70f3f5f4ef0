package org.irm.notice;

import java.util.Locale;

/** Who a reminder goes to, as the policy file names them. */
public enum Audience {
    /** The registered focal points of the State under review. */
    FOCAL_POINTS,
    /** The experts of the reviewing State whose comments are awaited. */
    REVIEWERS,
    /** The secretariat ({@code irm.secretariat.email}). */
    SECRETARIAT;

    /** {@code focal-points}, {@code reviewers}, {@code secretariat}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Audience ofCode(String code, String where) {
        for (Audience audience : values()) {
            if (audience.code().equals(code.trim())) {
                return audience;
            }
        }
        throw new IllegalArgumentException(where + ": '" + code + "' is not a recipient; write focal-points, reviewers or secretariat");
    }
}
