package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.irm.catalogue.FieldId;
import org.irm.config.IrmConfig;
import org.irm.identity.ChecklistIdentity;

/**
 * The register: the database that remembers checklists issued, every file received with its
 * answers per field and version, and an append-only event log. Embedded H2 by default,
 * PostgreSQL by JDBC URL; the schema is brought up to date by Flyway when the register is opened.
 *
 * <p>Each call opens its own connection and, when it writes, its own transaction, so a register
 * is safe to share between threads and between pipeline instances on one PostgreSQL database.
 * Failures end in a {@link RegisterException} naming the database and what was being done.
 *
 * <p>An embedded database is held open from {@link #open} to {@link #close} (or the end of the
 * process): H2 closes a database with its last connection, and opening and compacting the file
 * again for every call made a return cost about a second instead of a few milliseconds.
 */
public final class Register implements AutoCloseable {

    private final Transactions transactions;
    private final Connection embeddedKeeper;

    private Register(RegisterDatabase database, Connection embeddedKeeper) {
        this.transactions = new Transactions(database);
        this.embeddedKeeper = embeddedKeeper;
    }

    /** The database behind this register, for the other parts of the register package. */
    Transactions transactions() {
        return transactions;
    }

    /** The reviews in this register: who reviews whom, stage, deadlines, the draw that created them. */
    public Reviews reviews() {
        return reviews(Clock.systemUTC());
    }

    /** The reviews, with the clock that dates the changes made through them (tests: a fixed one). */
    public Reviews reviews(Clock clock) {
        return new Reviews(transactions, clock);
    }

    /** The experts each reviewing State named for a review: who may return its review copies. */
    public ReviewExperts reviewExperts() {
        return reviewExperts(Clock.systemUTC());
    }

    /** The experts, with the clock that dates additions. */
    public ReviewExperts reviewExperts(Clock clock) {
        return new ReviewExperts(transactions, clock);
    }

    /** Which expert of a reviewing State reviews which articles of a review (issue 18). */
    public ExpertAssignments expertAssignments(Clock clock) {
        return new ExpertAssignments(transactions, clock);
    }

    /** The priorities the secretariat set by hand on provisions of reviews (issue 18). */
    public ReviewPriorities reviewPriorities(Clock clock) {
        return new ReviewPriorities(transactions, clock);
    }

    /** The review copies reviewers returned and every note they hold (reviews, issue 4). */
    public ReviewNotes reviewNotes() {
        return new ReviewNotes(transactions);
    }

    /** The outcome of reviews: report blocks with their versions and edits, and the drafts written. */
    public ReportRecords reportRecords() {
        return new ReportRecords(transactions);
    }

    /** The translators' work on report blocks, taken back from XLIFF files (issue 17). */
    public ReportTranslations reportTranslations() {
        return new ReportTranslations(transactions);
    }

    /** The recommendation register: items tracked from final reports and their follow-up (issue 14). */
    public Recommendations recommendations() {
        return new Recommendations(transactions);
    }

    /** The written dialogue: questions on provisions, the question lists sent, the States' answers (issue 18). */
    public DialogueRecords dialogue() {
        return new DialogueRecords(transactions);
    }

    /** The secretariat's coding of technical-assistance needs into categories and tags (issue 15). */
    public NeedCodings needCodings() {
        return new NeedCodings(transactions);
    }

    /** Opens the configured register, creating or migrating its schema first. */
    public static Register open(IrmConfig config) {
        return open(RegisterDatabase.from(config));
    }

    /** Opens a register at an explicit database, creating or migrating its schema first. */
    public static Register open(RegisterDatabase database) {
        try {
            // db/h2 holds the few migrations that tune embedded H2 alone (V6_1: identity caches),
            // numbered between the common ones so that the two folders never clash.
            String[] locations = database.embedded()
                    ? new String[] {"classpath:db/migration", "classpath:db/h2"} : new String[] {"classpath:db/migration"};
            Flyway.configure()
                    .dataSource(database.url(), database.user(), database.password())
                    .locations(locations)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new RegisterException("Cannot prepare the register at " + database.describe() + ": "
                    + e.getMessage(), e);
        }
        return new Register(database, database.embedded() ? keeper(database) : null);
    }

    private static Connection keeper(RegisterDatabase database) {
        try {
            return database.connect();
        } catch (SQLException e) {
            throw new RegisterException("Cannot open the register at " + database.describe() + ": " + e.getMessage(), e);
        }
    }

    /** Lets an embedded database close (and compact its file) once no call is using it; a server database is unaffected. */
    @Override
    public void close() {
        if (embeddedKeeper == null) {
            return;
        }
        try {
            embeddedKeeper.close();
        } catch (SQLException e) {
            throw transactions.failure("close the register", e);
        }
    }

    /**
     * Writes what was committed to the register's file now. The default URL has H2 write each commit
     * at once (WRITE_DELAY=0), but a register configured with a write delay keeps commits in memory
     * up to that long; the intake calls this before it lets a message or a dropped file go, and it
     * costs nothing when H2 has already written everything. It narrows, but does not close, the
     * window in which a kill -9 loses commits: H2's file store was measured losing commits made and
     * checkpointed before a kill once its file reuses free space, so the intake does not rely on it
     * (the desk's arrival records let it take such a file again at the next start). A database
     * server's commit is durable already: nothing to do.
     */
    public void persist() {
        if (!transactions.database().embedded()) {
            return;
        }
        transactions.read("write the register to disk", connection -> {
            try (Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("CHECKPOINT");
            }
            return null;
        });
    }

    /** Remembers a checklist the pipeline has just written, and logs it. */
    public void recordChecklistIssued(ChecklistIdentity identity, String fileName) {
        inTransaction("record checklist " + identity.checklistId(), connection -> {
            insertChecklist(connection, identity, fileName);
            EventLog.append(connection, Event.of(identity.issuedAt(), Event.PIPELINE, "checklist.issued",
                    identity.checklistId().toString(), null, fileName));
            return null;
        });
    }

    /** The checklist issued with this id, if this register issued it. */
    public Optional<IssuedChecklist> checklist(UUID checklistId) {
        String sql = "SELECT " + Rows.CHECKLIST_COLUMNS + " FROM checklist WHERE id = ?";
        return query("read checklist " + checklistId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, checklistId.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(Rows.checklist(row)) : Optional.empty();
                }
            }
        });
    }

    /** The submission of exactly these bytes, if one was received before. */
    public Optional<SubmissionRecord> submissionBySha256(String sha256) {
        return query("look up file " + sha256, connection -> SubmissionWriter.bySha256(connection, sha256));
    }

    /**
     * Registers a received file with its answers, its findings and a {@code submission.accepted} or
     * {@code submission.refused} event, all in one transaction. An accepted file identified as a
     * checklist becomes that checklist's next version (1, 2, ...). A file whose sha256 is already
     * registered is not stored again: the result says {@code duplicate} and carries the earlier one.
     *
     * @throws IllegalArgumentException when two answers name the same field (a reader's bug)
     */
    public Recording recordSubmission(NewSubmission submission, List<Answer> answers) {
        long distinctFields = answers.stream().map(Answer::fieldId).distinct().count();
        if (distinctFields != answers.size()) {
            throw new IllegalArgumentException("A submission has one answer per field; " + submission.originalName()
                    + " came with " + answers.size() + " answers for " + distinctFields + " fields");
        }
        try {
            return SubmissionWriter.record(transactions.database(), submission, List.copyOf(answers));
        } catch (SQLException e) {
            throw transactions.failure("record file " + submission.originalName(), e);
        }
    }

    /**
     * One field's answers across the accepted versions of a checklist, oldest first: each version
     * that carried the field, a blank one (not stored) as {@link FoundBy#NOT_STORED}.
     */
    public List<AnswerVersion> history(UUID checklistId, FieldId field) {
        String sql = "SELECT s.version, s.id AS submission_id, s.received_at, s.carried_provisions, a.answer_value, "
                + "a.found_by, a.pending_changes FROM submission s "
                + "LEFT JOIN answer a ON a.submission_id = s.id AND a.field_id = ? "
                + "WHERE s.checklist_id = ? AND s.version IS NOT NULL ORDER BY s.version";
        return query("read the history of " + field, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, field.toString());
                select.setString(2, checklistId.toString());
                List<AnswerVersion> versions = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getString("answer_value") != null) {
                            versions.add(Rows.answerVersion(rows));
                        } else if (carries(rows.getString("carried_provisions"), field)) {
                            versions.add(new AnswerVersion(rows.getInt("version"), rows.getLong("submission_id"),
                                    Rows.instant(rows, "received_at"), "", FoundBy.NOT_STORED, false));
                        }
                    }
                }
                return versions;
            }
        });
    }

    // A return registered before sparse storage (no list) stored every field it carried.
    private static boolean carries(String carriedProvisions, FieldId field) {
        Set<String> carried = SparseAnswers.carriedProvisions(carriedProvisions);
        return carried != null && carried.contains(field.provisionId());
    }

    /** Appends an event to the log and returns it with its id; its own id, if any, is ignored. */
    public Event appendEvent(Event event) {
        long id = inTransaction("log " + event.action(), connection -> EventLog.append(connection, event));
        return new Event(id, event.at(), event.actor(), event.action(), event.subject(), event.fileSha256(),
                event.detail());
    }

    /**
     * A reader of {@link #lastEventId} on a connection of its own, for a caller that asks at every request
     * (the console); the caller closes it.
     */
    public LastEventReader lastEventReader() {
        return new LastEventReader(transactions);
    }

    /**
     * The id of the last event appended, 0 when the log is empty. Every change to the register is logged
     * in its own transaction, so while this number stands nothing has changed: readers may keep what
     * they computed from the register (the console's overview) until it moves.
     */
    public long lastEventId() {
        return query("read the event log's last id", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT MAX(id) FROM event");
                 ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }

    /**
     * What the events appended after {@code after} changed, leaving out those whose action starts with
     * one of the prefixes given: a reader that keeps what it computed per State (the console's overview
     * and State pages) reads again only the States concerned, and ignores the events that change
     * nothing it shows (the console's own logins and downloads). Reads only the events after
     * {@code after}, on the log's primary key.
     */
    public LogChanges changesSince(long after, List<String> ignoredActionPrefixes) {
        StringBuilder sql = new StringBuilder("SELECT state, COUNT(*) FROM event WHERE id > ? AND id <= ?");
        ignoredActionPrefixes.forEach(prefix -> sql.append(" AND action NOT LIKE ? ESCAPE '\\'"));
        sql.append(" GROUP BY state");
        return query("read the event log's changes", connection -> {
            long last;
            try (PreparedStatement select = connection.prepareStatement("SELECT MAX(id) FROM event");
                 ResultSet row = select.executeQuery()) {
                last = row.next() ? row.getLong(1) : 0L;
            }
            if (last <= after) {
                return new LogChanges(last, Set.of(), false);
            }
            Set<String> states = new TreeSet<>();
            boolean unattributed = false;
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                select.setLong(1, after);
                select.setLong(2, last);
                int at = 3;
                for (String prefix : ignoredActionPrefixes) {
                    select.setString(at++, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String state = rows.getString(1);
                        if (state == null) {
                            unattributed = true;
                        } else {
                            states.add(state);
                        }
                    }
                }
            }
            return new LogChanges(last, states, unattributed);
        });
    }

    /** Every event, in the order appended. */
    public List<Event> events() {
        return query("read the event log", connection -> events(EventLog.read(connection, null, null, null)));
    }

    /** The events about one subject (a checklist id, a review id), in the order appended. */
    public List<Event> events(String subject) {
        return query("read the event log", connection -> events(EventLog.read(connection, subject, null, null)));
    }

    /**
     * The audit log: events in the order appended with the State each concerns, those of one State
     * and/or from an instant on when given (null: all).
     */
    public List<LoggedEvent> log(String state, Instant since) {
        return query("read the event log", connection -> EventLog.read(connection, null, state, since));
    }

    private static List<Event> events(List<LoggedEvent> logged) {
        return logged.stream().map(LoggedEvent::event).toList();
    }

    private static void insertChecklist(Connection connection, ChecklistIdentity identity, String fileName)
            throws SQLException {
        String sql = "INSERT INTO checklist (" + Rows.CHECKLIST_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, identity.checklistId().toString());
            insert.setString(2, identity.reviewId());
            insert.setString(3, identity.state());
            insert.setString(4, identity.instrument());
            insert.setInt(5, identity.cycle());
            insert.setString(6, identity.language().code());
            insert.setString(7, identity.catalogueVersion());
            insert.setString(8, identity.part());
            Rows.setInstant(insert, 9, identity.issuedAt());
            insert.setString(10, identity.seal());
            insert.setString(11, fileName);
            insert.executeUpdate();
        }
    }

    private <T> T query(String doing, Transactions.Work<T> work) {
        return transactions.read(doing, work);
    }

    private <T> T inTransaction(String doing, Transactions.Work<T> work) {
        return transactions.write(doing, work);
    }
}
