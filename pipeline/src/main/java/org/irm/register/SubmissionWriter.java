package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one submission, its answers, its findings and its event in one transaction: the commit
 * is the moment the file counts as registered. Two pipeline instances racing for the same
 * checklist's next version, or for the same file, meet a unique constraint; the loser retries
 * (another version) or reports the duplicate.
 */
final class SubmissionWriter {

    private static final String UNIQUE_VIOLATION = "23505";
    // Each lost race means another instance registered a version meanwhile; a few tries cover
    // the handful of instances one register serves.
    private static final int ATTEMPTS = 5;

    private SubmissionWriter() {
    }

    /** More rows to write in the submission's own transaction, once it has its id (intake's facts). */
    interface AlsoWrite {
        AlsoWrite NOTHING = (connection, stored) -> { };

        void write(Connection connection, SubmissionRecord stored) throws SQLException;
    }

    static Recording record(RegisterDatabase database, NewSubmission submission, List<Answer> answers)
            throws SQLException {
        return record(database, submission, answers, AlsoWrite.NOTHING);
    }

    static Recording record(RegisterDatabase database, NewSubmission submission, List<Answer> answers,
                            AlsoWrite also) throws SQLException {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection connection = database.connect()) {
                connection.setAutoCommit(false);
                try {
                    Recording recording = write(connection, submission, answers, also);
                    connection.commit();
                    return recording;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    Optional<SubmissionRecord> existing = bySha256(connection, submission.sha256());
                    if (existing.isPresent()) {
                        return new Recording(existing.get(), true);
                    }
                    last = e;
                }
            }
        }
        throw last;
    }

    static Optional<SubmissionRecord> bySha256(Connection connection, String sha256) throws SQLException {
        String sql = "SELECT " + Rows.SUBMISSION_COLUMNS + " FROM submission WHERE sha256 = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Rows.submission(row)) : Optional.empty();
            }
        }
    }

    private static Recording write(Connection connection, NewSubmission submission, List<Answer> answers,
                                   AlsoWrite also) throws SQLException {
        Optional<SubmissionRecord> existing = bySha256(connection, submission.sha256());
        if (existing.isPresent()) {
            return new Recording(existing.get(), true);
        }
        Integer version = submission.versioned()
                ? placeByArrival(connection, submission.checklistId().toString(), submission.receivedAt(),
                        submission.originalName()) : null;
        long id = insertSubmission(connection, submission, version, SparseAnswers.carried(answers));
        insertAnswers(connection, id, submission.checklistId(), version, answers);
        insertFindings(connection, id, submission.findings());
        EventLog.append(connection, Event.of(submission.receivedAt(),
                submission.sender() == null ? submission.source().code() : submission.sender(),
                "submission." + submission.outcome().name().toLowerCase(Locale.ROOT),
                submission.checklistId() == null ? null : submission.checklistId().toString(),
                submission.sha256(), describe(submission, version)));
        SubmissionRecord stored = new SubmissionRecord(id, submission.sha256(), submission.checklistId(),
                submission.source(), submission.sender(), submission.originalName(), submission.receivedAt(),
                submission.outcome(), submission.reason(), version);
        also.write(connection, stored);
        return new Recording(stored, false);
    }

    private static String describe(NewSubmission submission, Integer version) {
        String what = submission.originalName() + " by " + submission.source().code();
        if (version != null) {
            return what + ", version " + version;
        }
        return submission.reason() == null ? what : what + ": " + submission.reason();
    }

    /**
     * The version a return of this checklist that arrived at {@code receivedAt} takes: versions
     * number a checklist's accepted returns in the order they arrived, so the later-arrived file
     * is the later version (the one that supersedes, field by field). Usually that is the next
     * number. When returns registered before it arrived after it (files taken in parallel, by
     * several instances, or a file taken again after its refusal), they move up by one, each move
     * logged ({@code submission.renumbered}), in the registering transaction.
     */
    static int placeByArrival(Connection connection, String checklistId, Instant receivedAt, String newName)
            throws SQLException {
        record Placed(long id, String sha256, int version, Instant receivedAt, String name) { }
        List<Placed> placed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, sha256, version, received_at, original_name "
                + "FROM submission WHERE checklist_id = ? AND version IS NOT NULL ORDER BY received_at, id")) {
            select.setString(1, checklistId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    placed.add(new Placed(rows.getLong("id"), rows.getString("sha256"), rows.getInt("version"),
                            Rows.instant(rows, "received_at"), rows.getString("original_name")));
                }
            }
        }
        int before = (int) placed.stream().filter(p -> !p.receivedAt().isAfter(receivedAt)).count();
        List<Placed> moved = new ArrayList<>();
        List<Integer> movedTo = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            int wanted = i < before ? i + 1 : i + 2;
            if (placed.get(i).version() != wanted) {
                moved.add(placed.get(i));
                movedTo.add(wanted);
            }
        }
        // Through negative numbers: (checklist, version) is unique at every row, not at the commit.
        try (PreparedStatement renumber = connection.prepareStatement("UPDATE submission SET version = ? WHERE id = ?")) {
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < moved.size(); i++) {
                    renumber.setInt(1, pass == 0 ? -movedTo.get(i) : movedTo.get(i));
                    renumber.setLong(2, moved.get(i).id());
                    renumber.executeUpdate();
                }
            }
        }
        for (int i = 0; i < moved.size(); i++) {
            Placed p = moved.get(i);
            EventLog.append(connection, Event.of(receivedAt, Event.PIPELINE, "submission.renumbered", checklistId,
                    p.sha256(), p.name() + ": version " + p.version() + " is now version " + movedTo.get(i)
                            + ", in the order the returns arrived (" + newName + " arrived at " + receivedAt
                            + ", before it, and was registered after it)"));
        }
        return before + 1;
    }

    private static long insertSubmission(Connection connection, NewSubmission submission, Integer version,
                                         String carriedProvisions) throws SQLException {
        String sql = "INSERT INTO submission (sha256, checklist_id, source, sender, original_name, received_at, "
                + "outcome, reason, version, carried_provisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, submission.sha256());
            insert.setString(2, submission.checklistId() == null ? null : submission.checklistId().toString());
            insert.setString(3, submission.source().code());
            insert.setString(4, submission.sender());
            insert.setString(5, submission.originalName());
            Rows.setInstant(insert, 6, submission.receivedAt());
            insert.setString(7, submission.outcome().name());
            insert.setString(8, submission.reason());
            Rows.setNullableInt(insert, 9, version);
            insert.setString(10, carriedProvisions);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Writes the answers {@link SparseAnswers} keeps of a return: what it answered, what it still has
     * tracked changes in, and what it clears of the checklist's previous version.
     */
    static void insertAnswers(Connection connection, long submissionId, UUID checklistId, Integer version,
                              List<Answer> answers) throws SQLException {
        insertAnswers(connection, submissionId, SparseAnswers.toStore(answers, version == null ? Set.of()
                : SparseAnswers.answeredIn(connection, checklistId, version - 1)));
    }

    private static void insertAnswers(Connection connection, long submissionId, List<Answer> answers)
            throws SQLException {
        String sql = "INSERT INTO answer (submission_id, field_id, answer_value, found_by, pending_changes) "
                + "VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Answer answer : answers) {
                insert.setLong(1, submissionId);
                insert.setString(2, answer.fieldId().toString());
                insert.setString(3, answer.value() == null ? "" : answer.value());
                insert.setString(4, answer.foundBy().name());
                insert.setBoolean(5, answer.pendingChanges());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void insertFindings(Connection connection, long submissionId, List<Finding> findings)
            throws SQLException {
        String sql = "INSERT INTO finding (submission_id, field_id, code, arguments) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Finding finding : findings) {
                insert.setLong(1, submissionId);
                insert.setString(2, finding.field() == null ? null : finding.field().toString());
                insert.setString(3, finding.code());
                insert.setString(4, String.join("\u001f", finding.arguments()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
