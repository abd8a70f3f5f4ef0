package org.irm.mail;

import java.util.Locale;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;

/**
 * Where outgoing mail goes and as whom: the SMTP server of the secretariat.
 *
 * @param host     empty when no SMTP server is configured (replies then wait in the queue)
 * @param user     empty to send without logging in
 * @param from     the secretariat's address every message is sent from
 */
public record SmtpSettings(String host, int port, MailSecurity security, String user, String password, String from) {

    public static SmtpSettings from(IrmConfig config) {
        return new SmtpSettings(config.get(Setting.SMTP_HOST), config.getInt(Setting.SMTP_PORT),
                MailSecurity.of(Setting.SMTP_SECURITY.key(), config.get(Setting.SMTP_SECURITY)),
                config.get(Setting.SMTP_USER), config.get(Setting.SMTP_PASSWORD), config.get(Setting.MAIL_FROM));
    }

    /** True when an SMTP server is configured. */
    public boolean enabled() {
        return !host.isBlank();
    }

    /** Fails with a message naming the setting when no SMTP server is configured. */
    public SmtpSettings required(String forWhat) {
        if (!enabled()) {
            throw new ConfigurationException(forWhat + " needs an SMTP server: set " + Setting.SMTP_HOST.key()
                    + " (and " + Setting.SMTP_PORT.key() + ", " + Setting.SMTP_SECURITY.key() + ", "
                    + Setting.SMTP_USER.key() + ", IRM_MAIL_SMTP_PASSWORD)");
        }
        return this;
    }

    @Override
    public String toString() {
        // Never print the password.
        return "smtp " + host + ":" + port + " (" + security.name().toLowerCase(Locale.ROOT) + ")"
                + (user.isBlank() ? "" : " as " + user);
    }
}
