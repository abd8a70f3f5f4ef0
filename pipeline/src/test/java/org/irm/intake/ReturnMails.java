package org.irm.intake;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;

/** Kenya's focal point mailing one attachment to the returns mailbox, over the test's SMTP server. */
final class ReturnMails {

    static final String FOCAL_POINT = "focal.point@kenya.test";

    private ReturnMails() {
    }

    static void send(GreenMailExtension mail, String to, String subject, String fileName, byte[] bytes)
            throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(FOCAL_POINT));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find our return attached.");
        parts.addBodyPart(text);
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(bytes, "application/octet-stream");
        part.setFileName(fileName);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        parts.addBodyPart(part);
        message.setContent(parts);
        message.saveChanges();
        Transport.send(message);
    }
}
