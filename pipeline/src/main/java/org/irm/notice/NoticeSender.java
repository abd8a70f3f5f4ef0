package org.irm.notice;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.irm.mail.MailQueue;
import org.irm.mail.OutgoingMessage;
import org.irm.register.NoticeKey;
import org.irm.register.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notices once: each is claimed in the register under its key ({@link Notices#claim}) before
 * it is composed and put in the mail queue (under a name made from the same key, so a message
 * queued before a stop is not queued again), and marked queued after. Of two runs or two instances
 * finding the same notice due, one claims it; a claim a stop left unqueued is taken up again.
 * A notice that cannot be composed (its review copy cannot be written, a template is broken) is
 * one line in the log and is tried again at the next run; the others go on.
 */
public final class NoticeSender {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeSender.class);

    private final Notices ledger;
    private final MailQueue queue;
    private final String from;
    private final NoticeTexts texts;
    private final NoticeAttachments attachments;
    private final String instance;
    private final Clock clock;

    NoticeSender(Notices ledger, MailQueue queue, String from, NoticeTexts texts, NoticeAttachments attachments,
                 String instance, Clock clock) {
        this.ledger = ledger;
        this.queue = queue;
        this.from = from;
        this.texts = texts;
        this.attachments = attachments;
        this.instance = instance;
        this.clock = clock;
    }

    /** Queues every notice not sent before; returns those queued now. */
    public List<Notice> send(List<Notice> due) {
        List<Notice> queued = new ArrayList<>();
        for (Notice notice : due) {
            NoticeKey key = notice.key();
            if (!ledger.claim(key, notice.language(), instance, clock.instant()).toQueue()) {
                continue;
            }
            try {
                List<Path> files = attachments.of(notice);
                OutgoingMessage message = texts.compose(notice, files);
                boolean now = queue.putOnce(key.text(), message.toMime(queue.session(), from)).isPresent();
                ledger.markQueued(key, clock.instant());
                if (now) {
                    queued.add(notice);
                    LOG.info("Queued {} {} of {} for {}", notice.kind().reminder() ? "reminder" : "notification",
                            notice.kind().code(), notice.reviewId(), notice.recipient().email());
                }
            } catch (RuntimeException e) {
                // Claimed and not queued: this instance takes it up again at its next run.
                LOG.warn("Cannot send the {} of {} to {} now (tried again at the next run): {}", notice.kind().code(),
                        notice.reviewId(), notice.recipient().email(), e.getMessage());
            }
        }
        return queued;
    }
}
