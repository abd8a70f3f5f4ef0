package org.irm.submission;

import java.util.List;
import java.util.Locale;
import org.irm.mail.MailQueue;
import org.irm.mail.OutgoingMessage;
import org.irm.register.SubmissionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replies to files that came by e-mail, queued for the SMTP server ({@link MailQueue}): one
 * message per file taken, in its checklist's own language (a file that could not be identified is
 * answered in several at once), with the sender's file annotated where the desk attached it, and
 * threaded under the e-mail it answers (In-Reply-To).
 *
 * <p>Each reply is queued under a key made of the e-mail's Message-ID, the file's sha256 and the
 * recipient, so a reply is queued once per e-mail and file: the desk answering a file again after
 * a crash, or the same e-mail read again because a kill came before it was marked done, queues
 * nothing new, while a new e-mail bringing the same file again is answered ("already received").
 * A file taken in by {@code irm ingest --sender ADDRESS} came from that address by another way (an
 * e-mail saved by hand): it is answered there by mail as the mailbox would answer it, unthreaded,
 * once per file, address and time of taking. Files from folders and the command line without a
 * sender are not answered by mail, nor is an arrival by e-mail without a Message-ID (the intake gives
 * none to automatic messages, which are never answered).
 */
public final class MailedReplies implements ReplyPost {

    private static final Logger LOG = LoggerFactory.getLogger(MailedReplies.class);

    private final MailQueue queue;
    private final String from;

    /** @param from the secretariat's address the replies are sent from */
    public MailedReplies(MailQueue queue, String from) {
        this.queue = queue;
        this.from = from;
    }

    @Override
    public boolean post(Arrival arrival, Acknowledgement acknowledgement) {
        Reply reply = acknowledgement.reply();
        if (reply.to() == null || reply.to().isBlank()) {
            return false;
        }
        String answered;
        if (arrival.source() == SubmissionSource.MAIL && arrival.messageId() != null) {
            answered = arrival.messageId();
        } else if (arrival.source() == SubmissionSource.CLI && arrival.sender() != null) {
            // No e-mail to thread under: the time the file was taken keeps a later ingest of it apart.
            answered = "ingest " + arrival.receivedAt();
        } else {
            return false;
        }
        return post(key("answer", answered, acknowledgement.sha256(), reply.to()),
                new OutgoingMessage(List.of(reply.to()), reply.subject(), reply.body(), reply.attachments(),
                        arrival.source() == SubmissionSource.MAIL ? arrival.messageId() : null,
                        // A file that could not be identified is answered in several languages at once.
                        acknowledgement.state() == null ? null : acknowledgement.language().code()));
    }

    /**
     * Queues a message the intake words itself in answer to an e-mail (one without attachment, for
     * example), once per e-mail and recipient.
     *
     * @param about     what the message answers, in a word (it keeps different answers to one e-mail apart)
     * @param messageId the Message-ID of the e-mail answered
     * @return true when the message was queued now
     */
    public boolean post(String about, String messageId, OutgoingMessage message) {
        return post(key(about, messageId, "", String.join(",", message.to())), message);
    }

    private boolean post(String key, OutgoingMessage message) {
        if (queue.holdsKey(key)) {
            // The usual case for the desk's answers (posted by the desk, then offered again by the
            // mailbox route), and the point of the key after a crash: nothing to do.
            LOG.debug("Answer to {} was queued before, not again: {}", LogText.of(message.to()), LogText.of(message.subject()));
            return false;
        }
        boolean queued = queue.putOnce(key, message.toMime(queue.session(), from)).isPresent();
        if (queued) {
            LOG.info("Answer to {} queued: {}", LogText.of(message.to()), LogText.of(message.subject()));
        }
        return queued;
    }

    private static String key(String about, String messageId, String sha256, String to) {
        return about + "\n" + messageId + "\n" + sha256 + "\n" + to.toLowerCase(Locale.ROOT);
    }
}
