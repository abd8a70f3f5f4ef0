package org.irm.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.irm.config.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of finished messages waiting for the SMTP server, one {@code .eml} file each, and beside
 * it {@code sent/}, where each goes once the server has taken it. Answers are put here before the
 * desk records a file as answered, so neither a crash nor an SMTP outage loses one.
 *
 * <p>A message appears in the queue whole or not at all: it is written under a {@code .tmp} name,
 * forced to disk and then renamed; the sender only looks at {@code .eml} files, and what a crash
 * leaves under {@code .tmp} is removed by {@link #clearUnfinished()} on the next start. Instances
 * sharing the queue may be writing while another starts: a writer holds a lock on its {@code .tmp}
 * from before it writes until after the rename, and only a file nobody holds is removed (the
 * lock goes with the process, kill -9 too).
 *
 * <p>An answer is queued under a name made from a key that says which answer it is (the e-mail
 * and the file it answers, and to whom): {@link #putOnce} writes nothing when a message with the
 * same key is waiting or was sent, so answering again after a crash never sends the same answer
 * twice. The name also gives the message a Message-ID of its own, the same however often it is
 * composed.
 */
public final class MailQueue {

    /** What a waiting message's file name ends with. */
    public static final String SUFFIX = ".eml";
    /** What a message being written ends with; never sent, removed on the next start. */
    public static final String PARTIAL = ".tmp";
    /** The queue's folder below the watch root. */
    public static final String FOLDER = "mail-queue";

    private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);
    private static final String SENT = "sent";
    private static final int NAME_HEX = 32;

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    public MailQueue(Path folder) {
        this.folder = folder;
    }

    /** The queue of a pipeline whose watch folders are under {@code watchRoot}. */
    public static MailQueue under(Path watchRoot) {
        return new MailQueue(watchRoot.resolve(FOLDER));
    }

    public Path folder() {
        return folder;
    }

    /** Where messages go once the SMTP server has taken them. */
    public Path sentFolder() {
        return folder.resolve(SENT);
    }

    /** The session queued messages are composed in. */
    public Session session() {
        return session;
    }

    /** Puts a message in the queue under a name of its own and returns its file. */
    public Path put(MimeMessage message) {
        return putOnce(UUID.randomUUID().toString(), message).orElseThrow();
    }

    /**
     * Puts a message in the queue under the name its key gives, unless a message with that key is
     * waiting or was sent already. The file is on disk (forced) when this returns.
     *
     * @param key says which message this is (for an answer: the e-mail, the file and the recipient)
     * @return the queued file, or empty when a message with this key was queued before
     */
    public Optional<Path> putOnce(String key, MimeMessage message) {
        String name = nameOf(key);
        if (holds(name)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder);
            message.setHeader("Message-ID", "<" + name + ".irm@" + domainOf(message) + ">");
            Path ready = folder.resolve(name + SUFFIX);
            while (!write(message, folder.resolve(name + "-" + UUID.randomUUID() + PARTIAL), ready)) {
                LOG.debug("A starting instance cleared the partial message for {} before it was locked; writing again", ready);
            }
            forceFolder(folder);
            return Optional.of(ready);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put a message in the mail queue " + folder + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new MailException("Cannot write a message to the mail queue " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the message under the partial name, holding a lock on it, forces it and renames it to
     * {@code ready}; false when the partial was removed before the lock was held (by an instance
     * clearing what a stop left), and nothing was written.
     */
    private static boolean write(MimeMessage message, Path partial, Path ready) throws IOException, MessagingException {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            if (!Files.exists(partial)) {
                return false;
            }
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            message.writeTo(out);
            out.flush();
            channel.force(true);
            Files.move(partial, ready, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /** True when a message with this key is waiting in the queue or was sent. */
    public boolean holdsKey(String key) {
        return holds(nameOf(key));
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

    /**
     * Moves a message the SMTP server has taken to {@code sent/}. Called the moment the server
     * accepted it: a crash before this line is the one point where a message can go out twice.
     */
    public void sent(Path file) {
        try {
            Path sent = Files.createDirectories(sentFolder());
            Files.move(file, sent.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            forceFolder(sent);
        } catch (IOException e) {
            throw new UncheckedIOException("The SMTP server took " + file + ", but it cannot be moved to "
                    + sentFolder() + " (it may be sent again): " + e.getMessage(), e);
        }
    }

    /**
     * Removes the partial messages a crash left while writing (their answers were never recorded as
     * given, so they are queued again whole). Call on start, before anything is queued.
     *
     * @return how many were removed
     */
    public int clearUnfinished() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path partial : files.filter(f -> f.getFileName().toString().endsWith(PARTIAL)).toList()) {
                removed += removeIfAbandoned(partial) ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the partial messages in " + folder + ": " + e.getMessage(), e);
        }
        if (removed > 0) {
            LOG.info("Removed {} partial message(s) a stop left in {}", removed, folder);
        }
        return removed;
    }

    /** Removes a partial message no live writer holds (its writer stopped before renaming it). */
    private static boolean removeIfAbandoned(Path partial) {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
             FileLock free = channel.tryLock()) {
            return free != null && Files.deleteIfExists(partial);
        } catch (OverlappingFileLockException | NoSuchFileException beingWrittenOrDone) {
            // written by this process right now, or renamed by its writer meanwhile
            return false;
        } catch (IOException e) {
            LOG.warn("Could not remove the partial message {}: {}", partial, e.getMessage());
            return false;
        }
    }

    private boolean holds(String name) {
        return Files.exists(folder.resolve(name + SUFFIX)) || Files.exists(sentFolder().resolve(name + SUFFIX));
    }

    private static String nameOf(String key) {
        return Sha256.hex(key).substring(0, NAME_HEX);
    }

    private static String domainOf(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress address && address.getAddress() != null) {
            String text = address.getAddress();
            int at = text.lastIndexOf('@');
            if (at >= 0 && at < text.length() - 1) {
                return text.substring(at + 1);
            }
        }
        return "irm.invalid";
    }

    /** Makes a rename in the folder durable (a no-op where the file system cannot force a folder). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot force the folder {} to disk: {}", folder, e.getMessage());
        }
    }
}
