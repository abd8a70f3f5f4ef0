package org.irm.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.mail.MailQueue;
import org.irm.mail.MailSecurity;

/**
 * The intake's view of the configuration: the folders it watches and writes, the mailbox, and the
 * properties the routes' {@code {{placeholders}}} are filled from (every setting under its own
 * key, plus the few values derived from them under {@code irm.run.*}).
 */
public record IntakeSettings(IrmConfig config) {

    public Path watchRoot() {
        return config.path(Setting.WATCH_ROOT).toAbsolutePath();
    }

    public Path inbox() {
        return folder(Setting.INBOX_FOLDER, "inbox");
    }

    public Path reviews() {
        return folder(Setting.REVIEWS_FOLDER, "reviews");
    }

    /** Answers waiting for the SMTP server. */
    public Path mailQueue() {
        return watchRoot().resolve(MailQueue.FOLDER);
    }

    /** Where e-mail attachments wait, private to this instance, while they are taken. */
    public Path mailWork() {
        return config.home().resolve(".irm").resolve("mail-work");
    }

    public Duration settleTime() {
        return Duration.ofMillis(positive(Setting.INBOX_SETTLE_MS, true));
    }

    /** This instance's name in its claims: see {@link IrmConfig#instanceId}. */
    public String instanceId() {
        return config.instanceId();
    }

    /** How long a claim keeps other instances off a file or message. */
    public Duration claimsExpiry() {
        return Duration.ofMillis(positive(Setting.CLAIMS_EXPIRY_MS, false));
    }

    /** True when a mailbox is configured. */
    public boolean mailboxEnabled() {
        return !config.get(Setting.IMAP_HOST).isBlank();
    }

    public MailSecurity imapSecurity() {
        return MailSecurity.of(Setting.IMAP_SECURITY.key(), config.get(Setting.IMAP_SECURITY));
    }

    /** The Jakarta Mail properties the mailbox connection needs beyond host and port. */
    public Properties imapProperties() {
        Properties properties = new Properties();
        String protocol = imapSecurity() == MailSecurity.TLS ? "imaps" : "imap";
        properties.put("mail." + protocol + ".connectiontimeout", "30000");
        properties.put("mail." + protocol + ".timeout", "60000");
        if (imapSecurity() == MailSecurity.STARTTLS) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", "true");
        }
        if (imapSecurity() != MailSecurity.NONE) {
            // The mailbox's password goes over this connection: the certificate must name the host.
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** How many files of one watch folder are taken at the same time: the setting, or one per core. */
    public int inboxWorkers() {
        int workers = config.getInt(Setting.INBOX_WORKERS);
        if (workers < 0) {
            throw new ConfigurationException(Setting.INBOX_WORKERS.key() + " must be 0 (one per core) or a number of"
                    + " files taken at the same time, not " + workers);
        }
        return workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
    }

    /** Every setting by its key, and the derived {@code irm.run.*} values, for the routes. */
    public Properties placeholders() {
        Properties properties = new Properties();
        for (Setting setting : Setting.values()) {
            properties.setProperty(setting.key(), config.get(setting));
        }
        positive(Setting.INBOX_POLL_MS, false);
        positive(Setting.IMAP_POLL_MS, false);
        positive(Setting.MAIL_QUEUE_POLL_MS, false);
        properties.setProperty("irm.run.inbox", inbox().toString());
        properties.setProperty("irm.run.reviews", reviews().toString());
        properties.setProperty("irm.run.queue", mailQueue().toString());
        properties.setProperty("irm.run.imap.scheme", imapSecurity() == MailSecurity.TLS ? "imaps" : "imap");
        properties.setProperty("irm.run.imap.done", doneOption());
        return properties;
    }

    private String doneOption() {
        String done = config.get(Setting.IMAP_DONE).toLowerCase(Locale.ROOT);
        return switch (done) {
            case "seen" -> "delete=false";
            case "delete" -> "delete=true";
            case "move" -> {
                String folder = config.get(Setting.IMAP_DONE_FOLDER);
                if (folder.isBlank() || !folder.matches("[\\p{L}\\p{N} ._/-]+")) {
                    throw new ConfigurationException(Setting.IMAP_DONE_FOLDER.key() + " must name a mail folder, not '"
                            + folder + "'");
                }
                yield "moveTo=" + folder;
            }
            default -> throw new ConfigurationException(Setting.IMAP_DONE.key() + " must be seen, move or delete, not '"
                    + done + "'");
        };
    }

    private Path folder(Setting setting, String underRoot) {
        String configured = config.get(setting);
        return configured.isEmpty() ? watchRoot().resolve(underRoot) : config.path(setting).toAbsolutePath();
    }

    private long positive(Setting setting, boolean zeroAllowed) {
        long value = config.getInt(setting);
        if (value < 0 || (value == 0 && !zeroAllowed)) {
            throw new ConfigurationException(setting.key() + " must be a positive number of milliseconds, not " + value);
        }
        return value;
    }
}
