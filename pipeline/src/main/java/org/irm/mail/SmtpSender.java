package org.irm.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * Hands finished messages to the secretariat's SMTP server. One connection per message: replies
 * and checklists are few, and a fresh connection survives a server restart without reconnect logic.
 */
public final class SmtpSender {

    private static final String TIMEOUT_MS = "30000";

    private final SmtpSettings settings;
    private final Session session;

    public SmtpSender(SmtpSettings settings) {
        this.settings = settings.required("Sending mail");
        this.session = Session.getInstance(properties(settings));
    }

    /** The secretariat's address messages are sent from. */
    public String from() {
        return settings.from();
    }

    /** The session messages are composed in (so they carry this server's settings). */
    public Session session() {
        return session;
    }

    /**
     * Sends one message to its recipients.
     *
     * @throws MailException when the server cannot be reached or refuses the message
     */
    public void send(MimeMessage message) {
        send(message, () -> { });
    }

    /**
     * Sends one message and runs {@code accepted} the moment the server has taken it, before the
     * connection is closed: what is to happen once a message is sent (a queued message moved to
     * {@code sent/}) then happens as close to the server's acceptance as it can.
     *
     * @throws MailException when the server cannot be reached or refuses the message
     */
    public void send(MimeMessage message, Runnable accepted) {
        try {
            if (message.getFrom() == null) {
                message.setFrom(settings.from());
                message.saveChanges();
            }
            try (Transport transport = session.getTransport()) {
                if (settings.user().isBlank()) {
                    transport.connect();
                } else {
                    transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                }
                transport.sendMessage(message, message.getAllRecipients());
                accepted.run();
            }
        } catch (MessagingException e) {
            throw new MailException("Cannot send mail through " + settings + ": " + e.getMessage(), e);
        }
    }

    private static Properties properties(SmtpSettings settings) {
        String protocol = settings.security() == MailSecurity.TLS ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "host", settings.host());
        properties.put(prefix + "port", Integer.toString(settings.port()));
        properties.put(prefix + "auth", Boolean.toString(!settings.user().isBlank()));
        properties.put(prefix + "connectiontimeout", TIMEOUT_MS);
        properties.put(prefix + "timeout", TIMEOUT_MS);
        properties.put(prefix + "writetimeout", TIMEOUT_MS);
        if (settings.security() == MailSecurity.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.security() != MailSecurity.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        properties.put("mail.from", settings.from());
        return properties;
    }
}
