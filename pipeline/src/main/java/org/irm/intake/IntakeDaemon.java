package org.irm.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.documents.SupportingIntake;
import org.irm.mail.MailQueue;
import org.irm.mail.MailTexts;
import org.irm.mail.SmtpSender;
import org.irm.mail.SmtpSettings;
import org.irm.notice.NoticeDesk;
import org.irm.register.IntakeClaims;
import org.irm.register.Register;
import org.irm.submission.Acknowledgement;
import org.irm.submission.MailedReplies;
import org.irm.submission.ReturnDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code irm run}: the intake as a Camel application. On start it first lets the desk finish
 * what a crash interrupted, then starts the routes: the inbox and reviews folders, the mailbox
 * when one is configured, and the sending of queued answers when an SMTP server is configured.
 * The routes only wire; the services named here decide.
 */
public final class IntakeDaemon {

    static final String DROP_FOLDER_FILTER = "dropFolderFilter";
    static final String INBOX_ARRIVALS = "inboxArrivals";
    static final String REVIEW_ARRIVALS = "reviewArrivals";
    static final String MAIL_ARRIVALS = "mailArrivals";
    static final String OUTGOING_MAIL = "outgoingMail";
    static final String IMAP_PROPERTIES = "imapProperties";
    static final String IMAP_PASSWORD = "imapPassword";
    static final String FILE_CLAIMS = "fileClaims";
    static final String MAIL_CLAIMS = "mailClaims";
    static final String QUEUE_CLAIMS = "queueClaims";
    static final String NOTICES = "notices";
    static final String REGISTER_CHECKPOINT = "registerCheckpoint";

    private static final Logger LOG = LoggerFactory.getLogger(IntakeDaemon.class);

    private final IntakeSettings settings;
    private final Clock clock;
    private final ReturnDesk desk;
    private final SmtpSettings smtp;
    private final MailQueue queue;
    private final MailedReplies answers;
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final Optional<IntakeClaims> claims;
    private final DraftRegeneration drafts;
    /** The supporting documents' intake, when {@link #takingSupportingDocuments} gave one. */
    private SupportingIntake documents;
    /** What {@link #onceRunning} asked to be done when the routes have started. */
    private Runnable whenRunning = () -> { };

    /** The intake alone, one instance, no drafts regenerated (tests of the routes). */
    public IntakeDaemon(IrmConfig config, ReturnDesk desk, Clock clock) {
        this(config, desk, null, null, clock);
    }

    /**
     * The intake as {@code irm run} runs it: files and messages claimed in the register (so several
     * instances can share one inbox and mailbox) and, when {@code irm.reports.auto} is on, drafts
     * regenerated as returns arrive.
     */
    public IntakeDaemon(IrmConfig config, ReturnDesk desk, Register register, Clock clock) {
        this(config, desk, register, DraftRegeneration.open(config, register, clock), clock);
    }

    /**
     * @param register the register the claims are kept in, or null for one instance alone
     * @param drafts   the drafts regenerated after each registration, or null for none
     */
    public IntakeDaemon(IrmConfig config, ReturnDesk desk, Register register, DraftRegeneration drafts, Clock clock) {
        this.settings = new IntakeSettings(config);
        this.clock = clock;
        this.drafts = drafts;
        desk = drafts == null ? desk : new RegeneratingDesk(desk, drafts);
        this.desk = desk;
        this.claims = Optional.ofNullable(register).map(r -> new IntakeClaims(r, settings.claimsExpiry()));
        ClaimRepository.Claims shared = claims.map(ClaimRepository.Claims::in).orElse(ClaimRepository.Claims.ALONE);
        String instance = settings.instanceId();
        beans.put(FILE_CLAIMS, new ClaimRepository("file:", instance, shared, clock));
        beans.put(MAIL_CLAIMS, new ClaimRepository("mail:" + config.get(Setting.IMAP_USER) + "@"
                + config.get(Setting.IMAP_HOST) + "/" + config.get(Setting.IMAP_FOLDER) + ":", instance, shared, clock));
        beans.put(QUEUE_CLAIMS, new ClaimRepository("queue:", instance, shared, clock));
        this.smtp = SmtpSettings.from(config);
        this.queue = new MailQueue(settings.mailQueue());
        this.answers = new MailedReplies(queue, config.get(Setting.MAIL_FROM));
        SettledFiles settled = new SettledFiles(settings.settleTime(), clock);
        beans.put(DROP_FOLDER_FILTER, new DropFolderFilter(settled));
        beans.put(INBOX_ARRIVALS, new FolderArrivals(desk, settled, clock, true));
        beans.put(REVIEW_ARRIVALS, new FolderArrivals(desk, settled, clock, true));
        beans.put(MAIL_ARRIVALS, new MailArrivals(desk, answers, new MailTexts(config.templates()),
                MailArrivals.languages(config.get(Setting.INTAKE_UNIDENTIFIED_LANGUAGES)), settings.mailWork(), clock,
                (long) config.getInt(Setting.MAX_FILE_MB) << 20));
        beans.put(REGISTER_CHECKPOINT, new RegisterCheckpoint(register));
        beans.put(IMAP_PROPERTIES, settings.imapProperties());
        beans.put(IMAP_PASSWORD, config.get(Setting.IMAP_PASSWORD));
        if (smtp.enabled()) {
            beans.put(OUTGOING_MAIL, new OutgoingMail(queue, new SmtpSender(smtp)));
        }
        if (register != null && config.getInt(Setting.NOTICES_PERIOD_MS) > 0) {
            beans.put(NOTICES, NoticeDesk.open(config, register, queue, NoticeDesk.reviewerContacts(register),
                    settings.instanceId(), settings.claimsExpiry(), clock));
        }
    }

    /** Has this done once the routes of {@link #run()} have started (before that, a stop ends the process at once). */
    public IntakeDaemon onceRunning(Runnable action) {
        this.whenRunning = action;
        return this;
    }

    /**
     * Supporting documents (issue 19.3): the files that come with a return and are not one (an e-mail's other
     * attachments, files in a State's inbox folder) go to {@code documents} instead of being refused.
     */
    public IntakeDaemon takingSupportingDocuments(SupportingIntake documents) {
        this.documents = documents;
        beans.put(INBOX_ARRIVALS, ((FolderArrivals) beans.get(INBOX_ARRIVALS)).with(documents));
        beans.put(MAIL_ARRIVALS, ((MailArrivals) beans.get(MAIL_ARRIVALS)).with(documents));
        return this;
    }

    /**
     * Lets the desk finish what a crash interrupted (files registered but not answered: the desk
     * queues their answers, each once, before recording them); run before the routes start.
     * Attachments a stop left in the mail work folder are dropped: their messages are still unread
     * and are taken again. Partial messages a stop left in the mail queue are removed: the answers
     * they were to hold were never recorded as given, so they are queued again whole.
     */
    public List<Acknowledgement> finishUnfinished() {
        MailArrivals.clearWorkFolder(settings.mailWork());
        queue.clearUnfinished();
        claims.ifPresent(register -> register.forgetExpired(clock.instant()));
        if (documents != null) {
            int again = documents.desk().takeAgainWhatTheRegisterLost().size();
            if (again > 0) {
                LOG.info("Took {} supporting document(s) again that the register had lost", again);
            }
        }
        List<Acknowledgement> finished = desk.finishUnfinished();
        if (!finished.isEmpty()) {
            LOG.info("Finished {} file(s) a stop had left unanswered", finished.size());
        }
        return finished;
    }

    /** The routes for this configuration: folders always, the mailbox and replies when configured. */
    public List<RoutesBuilder> routes() {
        List<RoutesBuilder> routes = new ArrayList<>();
        routes.add(new IntakeErrorPolicy());
        routes.add(new DropFolderRoute("inbox", "irm.run.inbox", INBOX_ARRIVALS, settings.inboxWorkers()));
        routes.add(new DropFolderRoute("reviews", "irm.run.reviews", REVIEW_ARRIVALS, settings.inboxWorkers()));
        if (settings.mailboxEnabled()) {
            routes.add(new MailboxRoute());
        }
        if (smtp.enabled()) {
            routes.add(new RepliesRoute());
        }
        if (beans.containsKey(NOTICES)) {
            routes.add(new NoticesRoute());
        }
        return routes;
    }

    /** Finishes unfinished work, then adds the beans, placeholders and routes to a Camel context (tests, embedding). */
    public void addTo(CamelContext context) throws Exception {
        finishUnfinished();
        context.getPropertiesComponent().setInitialProperties(settings.placeholders());
        beans.forEach((name, bean) -> context.getRegistry().bind(name, bean));
        for (RoutesBuilder route : routes()) {
            context.addRoutes(route);
        }
        describe();
    }

    /** Finishes unfinished work, then runs the routes in Camel Main until the process is stopped. */
    public void run() throws Exception {
        finishUnfinished();
        Main main = new Main();
        main.configure().withName("irm");
        main.setInitialProperties(settings.placeholders());
        beans.forEach(main::bind);
        for (RoutesBuilder route : routes()) {
            main.configure().addRoutesBuilder(route);
        }
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                LOG.info("Running; stop with Ctrl-C or SIGTERM (a service manager's stop)");
                whenRunning.run();
            }
        });
        describe();
        main.run();
    }

    /** The regeneration of drafts this daemon queues, or null when off. */
    public DraftRegeneration drafts() {
        return drafts;
    }

    private void describe() {
        LOG.info("Instance {}: {}", settings.instanceId(), claims.isEmpty() ? "alone on its folders and mailbox"
                : "files and messages claimed in the register, claims expire after "
                + settings.claimsExpiry().toMillis() + " ms");
        LOG.info("Watching {} and {} (a file is taken once unchanged for {} ms)", settings.inbox(), settings.reviews(),
                settings.settleTime().toMillis());
        LOG.info(settings.mailboxEnabled() ? "Reading the mailbox {}" : "No mailbox configured ({})",
                settings.mailboxEnabled() ? settings.config().get(Setting.IMAP_USER) + "@"
                        + settings.config().get(Setting.IMAP_HOST) : Setting.IMAP_HOST.key());
        LOG.info(smtp.enabled() ? "Answers go out through {}" : "No SMTP server configured: answers wait in {}",
                smtp.enabled() ? smtp : settings.mailQueue());
    }
}
