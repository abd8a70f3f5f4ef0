package org.irm.intake;

import java.util.List;
import org.irm.mail.MailQueue;
import org.irm.mail.OutgoingMessage;
import org.irm.returns.Acknowledgement;
import org.irm.returns.LogText;
import org.irm.returns.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the desk's answers on their way: each reply with an address goes into the mail queue as
 * one message, with the sender's own file annotated where the desk attached it. One message per
 * file taken, not one per e-mail received: each answer is complete in its checklist's own
 * language (two attachments may be in two languages), it leaves as soon as its file is registered
 * rather than waiting for a slower sibling, and a message retried after a crash never holds
 * back the answers already given. The answers to one e-mail are threaded under it (In-Reply-To).
 */
public final class Answers {

    private static final Logger LOG = LoggerFactory.getLogger(Answers.class);

    private final MailQueue queue;
    private final String from;

    public Answers(MailQueue queue, String from) {
        this.queue = queue;
        this.from = from;
    }

    /** Queues the acknowledgement's reply when it has an address; a reply without one stays in the outbox files. */
    public void send(Acknowledgement acknowledgement, String inReplyTo) {
        Reply reply = acknowledgement.reply();
        if (reply.to() == null || reply.to().isBlank()) {
            return;
        }
        send(new OutgoingMessage(List.of(reply.to()), reply.subject(), reply.body(), reply.attachments(), inReplyTo,
                // A file that could not be identified is answered in several languages at once.
                acknowledgement.state() == null ? null : acknowledgement.language().code()));
    }

    /** Queues a message the intake itself words (the answer to an e-mail without attachment). */
    public void send(OutgoingMessage message) {
        queue.put(message.toMime(queue.session(), from));
        LOG.info("Answer to {} queued: {}", LogText.of(message.to()), LogText.of(message.subject()));
    }
}
