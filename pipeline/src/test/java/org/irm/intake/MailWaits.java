package org.irm.intake;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.irm.testsupport.Eventually;

/** Reading what a GreenMail server received, with bounded waits. */
final class MailWaits {

    private MailWaits() {
    }

    /** Waits (at most 60 s) until the address has received this many messages, and returns them. */
    static List<MimeMessage> answersTo(GreenMailExtension mail, String address, int count) {
        return Eventually.await(count + " messages to " + address, Duration.ofSeconds(60),
                () -> Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList(),
                answers -> answers.size() >= count);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text of a message (its first text part). */
    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof MimeMultipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        return part.getContent().toString();
                    }
                }
                return "";
            }
            return content.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null
                    && Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
