package org.irm.register;

import java.util.Locale;

/** How a file reached the pipeline. */
public enum SubmissionSource {
    FOLDER, MAIL, CLI;

    /** The word stored in the register. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SubmissionSource ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
