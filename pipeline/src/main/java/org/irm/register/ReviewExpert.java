package org.irm.register;

import java.util.Locale;
import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * An expert a reviewing State named for one review: the address its review copies may come back
 * from, and where reminders and notifications for that State's part of the review go. Addresses
 * compare without regard to case and are stored in lower case ({@link FocalPoint#normalise}).
 *
 * @param stateIso3 the reviewing State the expert reviews for
 * @param name      the person, or null
 * @param language  the language to write to them in
 */
public record ReviewExpert(String reviewId, String stateIso3, String email, String name, Language language) {
    public ReviewExpert {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(stateIso3, "stateIso3");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        stateIso3 = stateIso3.trim().toUpperCase(Locale.ROOT);
        email = FocalPoint.normalise(email);
        name = name == null || name.isBlank() ? null : name.strip();
        if (email.isEmpty() || email.indexOf('@') < 1 || email.chars().anyMatch(c -> c < 0x20 || c == ' ')) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
    }
}
