package org.irm.catalogue;

import java.util.Arrays;
import java.util.Locale;

/** The six official languages of the United Nations, in which every label and report exists. */
public enum Language {
    AR("ar", true),
    EN("en", false),
    ES("es", false),
    FR("fr", false),
    RU("ru", false),
    ZH("zh", false);

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    /** ISO 639-1 code, as used in file names and the identity part. */
    public String code() {
        return code;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Parses an ISO 639-1 code, case-insensitively; says which codes exist when it does not know one. */
    public static Language of(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.trim())) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + code + "': use one of "
                + Arrays.stream(values()).map(Language::code).toList());
    }
}
