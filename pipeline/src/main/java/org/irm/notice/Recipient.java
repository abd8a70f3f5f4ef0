package org.irm.notice;

import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * Someone a reminder or notification goes to.
 *
 * @param name     the person or office, or null
 * @param language the language to write to them in, or null when they registered none (the
 *                 review's language is used then)
 */
public record Recipient(String email, String name, Language language, Audience audience) {
    public Recipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(audience, "audience");
    }
}
