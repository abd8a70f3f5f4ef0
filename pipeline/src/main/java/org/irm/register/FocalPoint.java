package org.irm.register;

import java.util.Locale;
import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * A State's registered contact for the review: the address its returns come from and answers go
 * to. Addresses compare without regard to case, and are stored in lower case.
 *
 * @param name     the person or office, or null
 * @param language the language to write to them in, or null (the checklist's language)
 */
public record FocalPoint(String state, String email, String name, Language language) {
    public FocalPoint {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(email, "email");
        state = state.trim().toUpperCase(Locale.ROOT);
        email = normalise(email);
    }

    /** An address as stored and compared: trimmed, lower case. */
    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
