package org.irm.intake;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * One e-mail read from the mailbox: who sent it, which message it is, and its attachments saved
 * to a private folder under safe names of our own. The attachments' names are the sender's and
 * untrusted: they are kept only as {@link Attachment#originalName()}, never used as a path.
 *
 * @param sender     the From address, lower-cased, or null when the message has none
 * @param messageId  the Message-ID header (without line breaks or other controls, at most 900
 *                   characters), or, for a message without one, one made from its sender, date and
 *                   subject, so that the same message read again is known again
 * @param automatic  true for an auto-reply, bounce or list mail, which is never answered (no mail loops)
 */
public record ReceivedMail(String sender, String messageId, String subject, boolean automatic,
                           List<Attachment> attachments) {

    /** One attachment: where its bytes are now, and the name the sender gave it. */
    public record Attachment(Path file, String originalName) {
    }

    private static final int MAX_NAME = 200;
    private static final int MAX_DEPTH = 10;
    private static final int MAX_MESSAGE_ID = 900;

    public ReceivedMail {
        attachments = List.copyOf(attachments);
    }

    /**
     * Reads a message and writes its attachments into {@code folder} (which should be private to
     * this process), including those of a message forwarded as an attachment.
     */
    public static ReceivedMail read(Message message, Path folder) throws MessagingException, IOException {
        return read(message, folder, Long.MAX_VALUE);
    }

    /**
     * Reads a message as {@link #read(Message, Path)} does, but copies at most {@code maxBytes + 1}
     * bytes of any attachment: one larger than the file limit is never written to disk in full
     * (the desk refuses what it gets, {@code TOO_LARGE}, for being over the limit).
     */
    public static ReceivedMail read(Message message, Path folder, long maxBytes) throws MessagingException, IOException {
        List<Attachment> attachments = new ArrayList<>();
        collect(message, folder, attachments, 0, maxBytes);
        String subject = Objects.toString(message.getSubject(), "");
        return new ReceivedMail(senderOf(message), messageId(message, subject), subject, automatic(message), attachments);
    }

    private static void collect(Part part, Path folder, List<Attachment> into, int depth, long maxBytes)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new MessagingException("The message nests more than " + MAX_DEPTH + " levels of parts");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), folder, into, depth + 1, maxBytes);
            }
        } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof Message forwarded) {
            collect(forwarded, folder, into, depth + 1, maxBytes);
        } else if (isAttachment(part)) {
            int number = into.size() + 1;
            String original = originalName(part, number);
            Path file = folder.resolve(String.format(Locale.ROOT, "%02d-%s", number, safeName(original)));
            try (InputStream in = BoundedInputStream.builder()
                    .setInputStream(part.getInputStream()).setMaxCount(maxBytes == Long.MAX_VALUE ? -1 : maxBytes + 1)
                    .get()) {
                // Stops one byte past the limit: enough for the desk to refuse it as too large.
                Files.copy(in, file);
            }
            into.add(new Attachment(file, original));
        }
    }

    /** A part with a file name or an attachment disposition; the text of the message itself is not one. */
    private static boolean isAttachment(Part part) throws MessagingException {
        if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return true;
        }
        return !part.isMimeType("text/plain") && !part.isMimeType("text/html") && !(part instanceof Message);
    }

    private static String originalName(Part part, int number) throws MessagingException {
        String raw = part.getFileName();
        if (raw == null || raw.isBlank()) {
            return "attachment-" + number;
        }
        String decoded;
        try {
            decoded = MimeUtility.decodeText(raw);
        } catch (UnsupportedEncodingException e) {
            decoded = raw;
        }
        // Keep the name for messages and the register, but without line breaks or other controls.
        String clean = decoded.replaceAll("\\p{Cntrl}", "").strip();
        return clean.isEmpty() ? "attachment-" + number : clean.substring(0, Math.min(clean.length(), MAX_NAME));
    }

    /**
     * A name that is safe in any folder: only the last path segment, letters, digits, dot, dash
     * and underscore, no leading dot, at most 80 characters.
     */
    static String safeName(String original) {
        String last = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        String safe = last.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[._]+", "");
        if (safe.length() > 80) {
            safe = safe.substring(safe.length() - 80);
        }
        return safe.isEmpty() ? "attachment" : safe;
    }

    /**
     * The Message-ID, made safe to store and to repeat in a header (no controls, bounded); a
     * message without one is given one from what stays the same when it is read again.
     */
    private static String messageId(Message message, String subject) throws MessagingException {
        String header = header(message, "Message-ID");
        String clean = header == null ? "" : header.replaceAll("\\p{Cntrl}", "").strip();
        if (!clean.isEmpty()) {
            return clean.length() <= MAX_MESSAGE_ID ? clean : clean.substring(0, MAX_MESSAGE_ID);
        }
        String date = Objects.toString(header(message, "Date"), "");
        String made = senderOf(message) + "\n" + date + "\n" + subject;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(made.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".no-message-id@irm.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String senderOf(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null) {
            return null;
        }
        return address.getAddress().strip().toLowerCase(Locale.ROOT);
    }

    private static boolean automatic(Message message) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        String precedence = header(message, "Precedence");
        String returnPath = header(message, "Return-Path");
        return (autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no"))
                || (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("bulk|junk|list"))
                || "<>".equals(returnPath);
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0].strip();
    }
}
