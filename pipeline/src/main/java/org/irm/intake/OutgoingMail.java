package org.irm.intake;

import java.nio.file.Path;
import org.irm.mail.MailQueue;
import org.irm.mail.SmtpSender;

/**
 * Sends one queued answer through the SMTP server and moves it to {@code sent/} the moment the
 * server has taken it. Between the server's "accepted" and that move a kill leaves the message
 * queued, and it is sent again after the restart (with the same Message-ID): the one point where
 * an answer can go out twice, and it is as short as the move of one file.
 */
public final class OutgoingMail {

    private final MailQueue queue;
    private final SmtpSender sender;

    public OutgoingMail(MailQueue queue, SmtpSender sender) {
        this.queue = queue;
        this.sender = sender;
    }

    /** Sends the queued message in this file; throws, leaving it queued, when the server does not take it. */
    public void send(String queuedFile) {
        Path file = Path.of(queuedFile);
        sender.send(queue.read(file, sender.session()), () -> queue.sent(file));
    }
}
