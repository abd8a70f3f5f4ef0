package org.irm.notice;

import org.irm.catalogue.Language;

/**
 * The secretariat as a recipient: its address and the language it reads.
 *
 * @param email    {@code irm.secretariat.email}, else {@code irm.mail.from}
 * @param language {@code irm.secretariat.language}
 */
public record Secretariat(String email, Language language) {

    Recipient recipient() {
        return new Recipient(email, "Secretariat", language, Audience.SECRETARIAT);
    }
}
