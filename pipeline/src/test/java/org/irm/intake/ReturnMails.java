package org.irm.intake;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** A focal point (Kenya's by default) mailing attachments to the returns mailbox, over the test's SMTP server. */
public final class ReturnMails {

    static final String FOCAL_POINT = "focal.point@kenya.test";

    private ReturnMails() {
    }

    /** A mail server for a test class: SMTP and IMAP on loopback, each on a free port. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)}));
    }

    static void send(GreenMailExtension mail, String to, String subject, String fileName, byte[] bytes)
            throws Exception {
        send(mail, FOCAL_POINT, to, subject, Map.of(fileName, bytes));
    }

    /** Mails the attachments (file name to bytes, in the map's order) in one message; returns its Message-ID. */
    public static String send(GreenMailExtension mail, String from, String to, String subject, Map<String, byte[]> attachments)
            throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find our return attached.");
        parts.addBodyPart(text);
        for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(attachment.getValue(), "application/octet-stream");
            part.setFileName(attachment.getKey());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            // As mail programs send files: base64, so SMTP's line-ending rules never touch the bytes.
            part.setHeader("Content-Transfer-Encoding", "base64");
            parts.addBodyPart(part);
        }
        message.setContent(parts);
        message.saveChanges();
        Transport.send(message);
        return message.getMessageID();
    }

    /** The pipeline's settings for the test's IMAP and SMTP servers, the returns mailbox's account and sender. */
    public static Map<String, String> mailSettings(GreenMailExtension mail, String returnsAddress) {
        Map<String, String> settings = new HashMap<>();
        settings.put("irm.mail.imap.host", "127.0.0.1");
        settings.put("irm.mail.imap.port", Integer.toString(mail.getImap().getPort()));
        settings.put("irm.mail.imap.security", "none");
        settings.put("irm.mail.imap.user", "returns");
        settings.put("irm.mail.imap.password", "secret");
        settings.put("irm.mail.smtp.host", "127.0.0.1");
        settings.put("irm.mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        settings.put("irm.mail.smtp.security", "none");
        settings.put("irm.mail.from", returnsAddress);
        return settings;
    }
}
