package org.irm.mail;

import java.util.Locale;
import org.irm.config.ConfigurationException;

/** How a connection to a mail server is protected. */
public enum MailSecurity {
    /** TLS from the first byte (IMAPS on 993, SMTPS on 465). */
    TLS,
    /** A plain connection upgraded with STARTTLS before logging in; refused if the server cannot. */
    STARTTLS,
    /** No encryption: only for a server on the same trusted host or network (and tests). */
    NONE;

    /** Parses a setting's value ({@code tls}, {@code starttls}, {@code none}); says what is allowed otherwise. */
    public static MailSecurity of(String settingKey, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(settingKey + " must be tls, starttls or none, not '" + value + "'");
        }
    }
}
