package org.irm.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;

/**
 * A folder of finished messages waiting for the SMTP server, one {@code .eml} file each. Answers are
 * put here the moment a file is taken, so neither a crash nor an SMTP outage loses one: the
 * sending route hands them on when the server is there, and keeps them while it is not.
 *
 * <p>A message appears in the queue whole or not at all: it is written under a {@code .tmp} name
 * and then renamed, and the sender only looks at {@code .eml} files.
 */
public final class MailQueue {

    /** What a waiting message's file name ends with. */
    public static final String SUFFIX = ".eml";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    public MailQueue(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The session queued messages are composed in. */
    public Session session() {
        return session;
    }

    /** Puts a message in the queue and returns its file. */
    public Path put(MimeMessage message) {
        try {
            Files.createDirectories(folder);
            String name = STAMP.format(Instant.now()) + "-" + UUID.randomUUID();
            Path partial = folder.resolve(name + ".tmp");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Path ready = folder.resolve(name + SUFFIX);
            Files.move(partial, ready, StandardCopyOption.ATOMIC_MOVE);
            return ready;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put a message in the mail queue " + folder + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new MailException("Cannot write a message to the mail queue " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Reads a queued message back, for sending. */
    public MimeMessage read(Path file, Session into) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(into, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the queued message " + file + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new MailException("The queued message " + file + " is not a readable message: " + e.getMessage(), e);
        }
    }
}
