package org.irm.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.contributors.ContributorsInReviewCopy;
import org.irm.config.Setting;
import org.irm.documents.DocumentsInReviewCopy;
import org.irm.mail.MailQueue;
import org.irm.mail.MailTexts;
import org.irm.register.FocalPoints;
import org.irm.register.Notices;
import org.irm.register.Register;
import org.irm.review.ReviewDesk;

/**
 * The front door of reminders and notifications, for {@code irm reminders} and the timer of
 * {@code irm run}: what is due on a day ({@link #due}) and queueing it once ({@link #sendDue}).
 * Days are UTC days of the injected clock.
 */
public final class NoticeDesk {

    private final ReminderPlanner reminders;
    private final NotificationPlanner notifications;
    private final NoticeSender sender;
    private final Notices ledger;
    private final Clock clock;

    NoticeDesk(ReminderPlanner reminders, NotificationPlanner notifications, NoticeSender sender, Notices ledger,
               Clock clock) {
        this.reminders = reminders;
        this.notifications = notifications;
        this.sender = sender;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The desk for a configuration: the policy and sessions from its templates, the secretariat from
     * its settings, the reviewing States' contacts given.
     *
     * @throws ConfigurationException when the policy, the sessions, the States list or the catalogue cannot be read
     *
     * @param instance this pipeline's name in its claims ({@code irm.instance.id})
     * @param expiry   how long an unqueued claim keeps other instances off a notice ({@code irm.claims.expiry.ms})
     */
    public static NoticeDesk open(IrmConfig config, Register register, MailQueue queue, ReviewerContacts contacts,
                                  String instance, Duration expiry, Clock clock) {
        String secretariatEmail = config.get(Setting.SECRETARIAT_EMAIL).isBlank() ? config.get(Setting.MAIL_FROM)
                : config.get(Setting.SECRETARIAT_EMAIL);
        Secretariat secretariat = new Secretariat(secretariatEmail.trim(), Language.of(config.get(Setting.SECRETARIAT_LANGUAGE)));
        FocalPoints focalPoints = new FocalPoints(register);
        ReturnsIn returns = new ReturnsIn(register, config.templates(), new FollowUpFormsReturned(register.recommendations()));
        StateList states;
        ReviewDesk reviewDesk;
        try {
            states = StateList.load(config.templates());
            // Review copies show the contributors' input the State shared with reviewers and the State's supporting
            // documents, as irm review-copy's do.
            ReviewDesk desk = ReviewDesk.from(config, clock);
            reviewDesk = desk.withSections(List.of(ContributorsInReviewCopy.from(config, register),
                    DocumentsInReviewCopy.over(config, register, desk.catalogue())));
        } catch (CatalogueException e) {
            throw new ConfigurationException("Reminders and notifications cannot start: " + e.getMessage(), e);
        }
        Notices ledger = new Notices(register, expiry);
        ReminderPlanner reminders = new ReminderPlanner(ReminderPolicy.load(config.templates()),
                IrgSessions.load(config.templates()), register.reviews(), focalPoints, contacts, returns, secretariat,
                new QuestionListsAwaited(register.dialogue()));
        NotificationPlanner notifications = new NotificationPlanner(register.reviews(), focalPoints, contacts, returns,
                secretariat);
        NoticeAttachments attachments = new NoticeAttachments(reviewDesk, states, register.reviews(),
                returns, ledger, config.path(Setting.WATCH_ROOT).resolve("outbox"));
        NoticeSender sender = new NoticeSender(ledger, queue, config.get(Setting.MAIL_FROM),
                new NoticeTexts(new MailTexts(config.templates()), states), attachments, instance, clock);
        return new NoticeDesk(reminders, notifications, sender, ledger, clock);
    }

    /**
     * The reviewing States' contacts: the experts registered for the review ({@code irm experts add}),
     * else, for a State that has registered none yet, its focal points.
     */
    public static ReviewerContacts reviewerContacts(Register register) {
        return new ExpertsOfReviewers(register.reviewExperts(), new FocalPoints(register));
    }

    /** Today, as the clock says, in UTC. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * What would go out on the day and has not gone before: the reminders due then and the
     * notifications the register's facts call for, and what could not be sent to anyone.
     */
    public NoticePlan due(LocalDate date) {
        NoticePlan found = reminders.due(date);
        NoticePlan told = notifications.due();
        List<Notice> notices = new ArrayList<>();
        for (Notice notice : concat(found.notices(), told.notices())) {
            if (ledger.find(notice.key()).filter(r -> r.queued()).isEmpty()) {
                notices.add(notice);
            }
        }
        return new NoticePlan(notices, concat(found.unreachable(), told.unreachable()));
    }

    /** Queues what is due today and was not sent before; returns what was queued now. */
    public List<Notice> sendDue() {
        return sendDue(today());
    }

    /** Queues what is due on the day and was not sent before; returns what was queued now. */
    public List<Notice> sendDue(LocalDate date) {
        return sender.send(due(date).notices());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
