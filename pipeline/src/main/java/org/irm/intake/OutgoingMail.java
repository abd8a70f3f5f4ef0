package org.irm.intake;

import java.nio.file.Path;
import org.irm.mail.MailQueue;
import org.irm.mail.SmtpSender;

/** Sends one queued answer through the SMTP server. */
public final class OutgoingMail {

    private final MailQueue queue;
    private final SmtpSender sender;

    public OutgoingMail(MailQueue queue, SmtpSender sender) {
        this.queue = queue;
        this.sender = sender;
    }

    /** Sends the queued message in this file; throws, leaving it queued, when the server does not take it. */
    public void send(String queuedFile) {
        sender.send(queue.read(Path.of(queuedFile), sender.session()));
    }
}
