package org.irm.intake;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reading what a GreenMail server received, with bounded waits. */
final class MailWaits {

    private MailWaits() {
    }

    /** Waits (at most 60 s) until the address has received this many messages, and returns them. */
    static List<MimeMessage> answersTo(GreenMailExtension mail, String address, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<MimeMessage> answers = List.of();
        while (System.nanoTime() < deadline) {
            answers = Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
            if (answers.size() >= count) {
                return answers;
            }
            mail.waitForIncomingEmail(500, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("Expected " + count + " messages to " + address + " within 60 s, got " + answers.size());
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
