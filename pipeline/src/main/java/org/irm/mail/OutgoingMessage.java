package org.irm.mail;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * One message the secretariat sends: to whom, about what, the plain text, the files attached and,
 * for an answer, the message it answers (so mail programs thread the answer under the return).
 *
 * @param to          one or more addresses
 * @param inReplyTo   the Message-ID answered, or null
 * @param language    the ISO 639-1 code of the text's language (Content-Language), or null when it mixes several
 */
public record OutgoingMessage(List<String> to, String subject, String body, List<Path> attachments, String inReplyTo,
                              String language) {

    public OutgoingMessage {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A message needs at least one recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }

    /**
     * The MIME message: text/plain in UTF-8, then each attachment under its own file name.
     *
     * @throws MailException when an address is not a valid e-mail address
     */
    public MimeMessage toMime(Session session, String from) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (inReplyTo != null && !inReplyTo.isBlank()) {
                message.setHeader("In-Reply-To", inReplyTo);
                message.setHeader("References", inReplyTo);
            }
            if (language != null) {
                message.setContentLanguage(new String[] {language});
            }
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name());
            if (language != null) {
                text.setContentLanguage(new String[] {language});
            }
            parts.addBodyPart(text);
            for (Path file : attachments) {
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.setDataHandler(new DataHandler(new FileDataSource(file.toFile())));
                attachment.setFileName(file.getFileName().toString());
                attachment.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(attachment);
            }
            message.setContent(parts);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new MailException("Cannot compose the message '" + subject + "' to " + to + ": " + e.getMessage(), e);
        }
    }
}
