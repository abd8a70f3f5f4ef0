package org.irm.config;

import java.util.Locale;

/**
 * Every setting the pipeline reads, with its default and what it is for. The properties file uses
 * the key ({@code irm.watch.root=...}); the environment overrides it with the key upper-cased and
 * dots turned into underscores ({@code IRM_WATCH_ROOT}). Defaults work with no file at all.
 */
public enum Setting {
    HOME("irm.home", ".", "Working folder of this pipeline instance; relative paths below resolve against it."),
    TEMPLATES("irm.templates", "", "Folder whose templates override the bundled ones, file by file (empty: bundled only)."),
    WATCH_ROOT("irm.watch.root", "watch-folders", "Root of the inbox, reviews, outbox, archive and rejected folders."),
    SECRET_KEY("irm.secret.key", "", "The secretariat's key for sealing checklist identities (at least 16 characters). "
            + "Prefer the environment (IRM_SECRET_KEY) or irm.secret.file; never commit it."),
    SECRET_FILE("irm.secret.file", ".irm/secret.key", "File holding the sealing key; created with a random key on first use "
            + "when neither it nor irm.secret.key exists."),
    INSTRUMENT("irm.instrument", "uncac", "Instrument whose catalogue is used when a command does not say."),
    CYCLE("irm.cycle", "2", "Review cycle whose catalogue is used when a command does not say."),
    MAX_FILE_MB("irm.limits.file.mb", "50", "Largest file accepted, in megabytes."),
    DB_URL("irm.db.url", "jdbc:h2:file:./irm-data/register;AUTO_SERVER=FALSE;WRITE_DELAY=0", "JDBC URL of the register: embedded H2 "
            + "by default (a relative file path resolves against irm.home), PostgreSQL (jdbc:postgresql://...) for "
            + "several pipeline instances and for production (H2 can lose its last commits to a kill -9)."),
    DB_USER("irm.db.user", "irm", "User name for the register's database."),
    DB_PASSWORD("irm.db.password", "", "Password for the register's database. Prefer the environment (IRM_DB_PASSWORD); "
            + "never commit it."),
    REGISTER_COMPACT_GROWTH("irm.register.compact.growth", "2", "irm run compacts an embedded (H2) register when it "
            + "stops cleanly, as irm register compact does, once the file has grown to this many times its size after "
            + "the last compaction (and to irm.register.compact.min.mb); 0: never at a stop."),
    REGISTER_COMPACT_MIN_MB("irm.register.compact.min.mb", "32", "Smallest register file, in megabytes, that irm run "
            + "compacts when it stops."),
    INTAKE_UNIDENTIFIED_LANGUAGES("irm.intake.unidentified.languages", "en,fr", "Languages, comma-separated, in which "
            + "a file or a message is answered when its language cannot be known (not a Word file, no identity, no attachment)."),
    INTAKE_COMMENT_AUTHOR("irm.intake.comment.author", "Secretariat", "Author of the comments on the fields to fix in "
            + "the copy of a return sent back to the State."),
    INTAKE_COMMENT_INITIALS("irm.intake.comment.initials", "SEC", "Initials shown with those comments."),
    // --- irm run: watch folders, mailbox, replies ---
    INBOX_FOLDER("irm.inbox.folder", "", "Folder where States drop their returns (a shared SMB/NFS folder in production); "
            + "empty: inbox under irm.watch.root. A subfolder named by ISO3 code (inbox/KEN/) says which State drops there."),
    REVIEWS_FOLDER("irm.reviews.folder", "", "Folder where reviewers drop their copies; empty: reviews under irm.watch.root."),
    INBOX_POLL_MS("irm.inbox.poll.ms", "2000", "How often the inbox and reviews folders are looked at, in milliseconds."),
    INBOX_SETTLE_MS("irm.inbox.settle.ms", "10000", "A dropped file is taken only when its size and modification time "
            + "have not changed for this long, in milliseconds (a copy over a slow share is never taken half-written)."),
    INBOX_WORKERS("irm.inbox.workers", "0", "How many dropped files are taken at the same time (each reads, checks, "
            + "registers and answers one file); 0: one per processor core."),
    IMAP_HOST("irm.mail.imap.host", "", "IMAP server of the returns mailbox; empty: no mailbox is read."),
    IMAP_PORT("irm.mail.imap.port", "993", "IMAP port (993 for TLS, 143 for STARTTLS or plain)."),
    IMAP_SECURITY("irm.mail.imap.security", "tls", "IMAP connection security: tls, starttls or none (none only on a trusted network)."),
    IMAP_USER("irm.mail.imap.user", "", "User name of the returns mailbox."),
    IMAP_PASSWORD("irm.mail.imap.password", "", "Password of the returns mailbox. Prefer the environment "
            + "(IRM_MAIL_IMAP_PASSWORD); never commit it."),
    IMAP_FOLDER("irm.mail.imap.folder", "INBOX", "Mailbox folder read for returns; only unseen messages are read."),
    IMAP_POLL_MS("irm.mail.imap.poll.ms", "60000", "How often the mailbox is read, in milliseconds."),
    IMAP_DONE("irm.mail.imap.done", "seen", "What happens to a message once all its attachments are taken: seen (marked "
            + "read), move (to irm.mail.imap.done.folder) or delete."),
    IMAP_DONE_FOLDER("irm.mail.imap.done.folder", "Processed", "Folder taken messages move to when irm.mail.imap.done=move."),
    SMTP_HOST("irm.mail.smtp.host", "", "SMTP server for replies and checklists; empty: replies wait in the mail queue "
            + "folder and irm checklist --send refuses to run."),
    SMTP_PORT("irm.mail.smtp.port", "587", "SMTP port (587 for STARTTLS, 465 for TLS, 25 plain)."),
    SMTP_SECURITY("irm.mail.smtp.security", "starttls", "SMTP connection security: starttls, tls or none."),
    SMTP_USER("irm.mail.smtp.user", "", "SMTP user name; empty: send without logging in."),
    SMTP_PASSWORD("irm.mail.smtp.password", "", "SMTP password. Prefer the environment (IRM_MAIL_SMTP_PASSWORD); never commit it."),
    MAIL_FROM("irm.mail.from", "irm@localhost", "Address replies and checklists are sent from (the secretariat's)."),
    MAIL_QUEUE_POLL_MS("irm.mail.queue.poll.ms", "2000", "How often waiting replies are handed to the SMTP server, in milliseconds."),
    // --- irm run: reminders and notifications (issue 14) ---
    NOTICES_PERIOD_MS("irm.notices.period.ms", "3600000", "How often irm run looks for reminders and notifications due "
            + "and queues them, in milliseconds; 0: never (irm reminders still lists and queues them by hand)."),
    SECRETARIAT_EMAIL("irm.secretariat.email", "", "Address the secretariat's reminders and notifications go to "
            + "(merge ready, replies awaited); empty: irm.mail.from."),
    SECRETARIAT_LANGUAGE("irm.secretariat.language", "en", "Language (ar, en, es, fr, ru, zh) of the secretariat's "
            + "reminders and notifications."),
    REPORT_SYMBOL("irm.report.symbol", "", "Document symbol on the first page and in the header of report drafts of a "
            + "State irm.report.symbols gives none; {state} stands for the State's ISO3 code, {kind} for report or summary; "
            + "empty: no symbol (a draft has none until the secretariat assigns one)."),
    SUMMARY_MAX_WORDS("irm.report.summary.maxWords", "1000", "Most words an executive summary may have (the blueprint's "
            + "1,000); a longer one is a finding shown to the secretariat and logged in the register."),
    CLOCK_START("irm.clock.start", "", "An instant (2027-03-06T09:00:00Z) the pipeline's clock is set to: it reads that "
            + "instant when a command or irm run of this home first reads the value, and runs on from there for every "
            + "command and irm run of the home (the moment is kept in .irm/clock.anchor) until the value changes. Every "
            + "date the pipeline records or decides by (issued, received, reminders due, stage moves) follows it. For "
            + "rehearsals, demos and tests; give every instance on one register the same, or none. Empty: the system clock (UTC)."),
    // --- irm serve: the console (issue 16) ---
    CONSOLE_HOST("irm.console.host", "127.0.0.1", "Address irm serve listens on; 127.0.0.1 keeps the console on this "
            + "machine (put a TLS reverse proxy in front to open it to others)."),
    CONSOLE_PORT("irm.console.port", "8080", "Port irm serve listens on; 0: any free port (printed at start)."),
    CONSOLE_SECURE_COOKIES("irm.console.cookies.secure", "false", "true: the session cookie is marked Secure (sent "
            + "over HTTPS only); set it when the console is reached through a TLS proxy."),
    CONSOLE_SESSION_MINUTES("irm.console.session.minutes", "30", "Minutes without a request after which a console "
            + "session ends and the user logs in again."),
    CONSOLE_PUBLIC_CALENDAR("irm.console.public.calendar", "true", "true: the calendar of country visits (each "
            + "review's countryDialogue date) is published without login at /public/calendar and /public/calendar.ics; "
            + "false: nothing is public."),
    CONSOLE_LOGIN_PER_MINUTE("irm.console.login.perMinute", "20", "Login attempts accepted per minute from one "
            + "address; more are refused (HTTP 429) until the minute is over. Ten wrong passwords in a row lock the "
            + "account whatever the address (irm users enable unlocks it)."),
    INSTANCE_ID("irm.instance.id", "", "This pipeline's name among several on one shared inbox and mailbox (its claims "
            + "in the register carry it); empty: the host name and irm.home. Give every instance its own."),
    CLAIMS_EXPIRY_MS("irm.claims.expiry.ms", "600000", "How long, in milliseconds, an instance's claim on a file or "
            + "message keeps other instances off it; an older claim (its instance was killed) is taken over."),
    REPORTS_AUTO("irm.reports.auto", "true", "true: irm run regenerates a State's report drafts in its outbox, off the "
            + "intake thread, whenever a return or review copy of that State is registered (only when inputs changed)."),
    REPORTS_LANGUAGES("irm.reports.languages", "", "Languages, comma-separated, of the drafts irm run regenerates; "
            + "empty: the review's language."),
    REPORTS_KINDS("irm.reports.kinds", "report,summary", "Kinds of draft irm run regenerates: report, summary or both."),
    // --- report drafts as an editor expects them (issue 17) ---
    REPORT_SYMBOLS("irm.report.symbols", "", "Document symbols assigned to each State's drafts, comma-separated "
            + "ISO3=symbol pairs (KEN=CAC/COSP/IRG/II/2/1/Add.5); {kind} stands for report or summary. A State not "
            + "listed takes irm.report.symbol."),
    // --- translation of report drafts (issue 17) ---
    SUMMARY_CJK_CHARACTERS_PER_WORD("irm.report.summary.cjkCharactersPerWord", "1.5", "How many Chinese (or Japanese, "
            + "Korean) characters count as one word of the executive summary's limit (1.5: a 1,000-word limit allows "
            + "1,500 characters); see the README, Word limit."),
    REPORT_MACHINE_TRANSLATOR("irm.report.machineTranslator", "", "Class name of a machine translator (an "
            + "org.irm.report.Translator registered as a Java service) that fills the drafts' untranslated text, "
            + "marked as machine translation; empty: none (the default; the pipeline ships none and sends nothing out)."),
    // --- output files readable by the group sharing the folders (issue 17) ---
    OUTPUT_FILE_MODE("irm.output.fileMode", "rw-r-----", "Permissions of every file the pipeline writes into the "
            + "outbox, rejected and other output folders (rw-r----- or 640; read and write bits only): by default the "
            + "owner writes, the group sharing the folders reads, others nothing."),
    CLUSTER("irm.cluster", "", "Thematic cluster (1-4) of a mechanism reviewed cluster by cluster (UNTOC) whose "
            + "questionnaires status, review copies, merges and reports cover, the Convention's with its Protocols' "
            + "(empty: a whole-cycle catalogue, as UNCAC's)."),
    RUN_WARMUP("irm.run.warmup", "0", "How many generated returns irm run takes before its routes start, in a "
            + "throw-away home and in-memory register, so the first States' returns do not wait while the JVM "
            + "compiles (0: none, the default until measured on a quiet machine; 3 cut the CPU of a 190-return "
            + "batch by about 9% on a loaded one; the returns are dropped, nothing is kept).");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The environment variable that overrides this setting. */
    public String environmentName() {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
