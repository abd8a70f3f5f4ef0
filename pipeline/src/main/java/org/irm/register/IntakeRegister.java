package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.docx.RefusalReason;

/**
 * The register's side of the return desk: registers a received file together with what intake
 * learnt about it (one transaction, the commit point), and remembers which submissions have been
 * answered, so a crash between registering and answering is found and finished.
 */
public final class IntakeRegister {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;

    public IntakeRegister(Register register) {
        this(register.transactions());
    }

    IntakeRegister(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Registers a received file as {@link Register#recordSubmission} does, with intake's facts in
     * the same transaction. A file already registered is not stored again (the result says duplicate).
     */
    public Recording record(NewSubmission submission, List<Answer> answers, IntakeFacts facts) {
        return record(submission, answers, facts, SubmissionWriter.AlsoWrite.NOTHING);
    }

    /**
     * As {@link #record(NewSubmission, List, IntakeFacts)}, with more rows written in the transaction
     * that registers the submission as accepted (the first time, or when it is taken after a refusal
     * for how it arrived): a follow-up return's records ({@link Recommendations#takeReturn}).
     */
    Recording record(NewSubmission submission, List<Answer> answers, IntakeFacts facts, SubmissionWriter.AlsoWrite also) {
        long distinctFields = answers.stream().map(Answer::fieldId).distinct().count();
        if (distinctFields != answers.size()) {
            throw new IllegalArgumentException("A submission has one answer per field; " + submission.originalName()
                    + " came with " + answers.size() + " answers for " + distinctFields + " fields");
        }
        Recording recording;
        try {
            recording = SubmissionWriter.record(transactions.database(), submission, List.copyOf(answers),
                    (connection, stored) -> {
                        insertFacts(connection, stored.id(), facts);
                        also.write(connection, stored);
                    });
        } catch (SQLException e) {
            throw transactions.failure("record file " + submission.originalName(), e);
        }
        SubmissionRecord earlier = recording.submission();
        if (recording.duplicate() && earlier.outcome() == Outcome.REFUSED && submission.versioned()
                && facts(earlier.id()).map(f -> RETAKEN_AFTER.contains(f.reasonCode())).orElse(false)) {
            return retake(earlier, submission, answers, facts, also);
        }
        return recording;
    }

    /**
     * The reason code of a file registered as refused only because the desk failed on it before
     * it could decide (held for the secretariat): the same bytes taken again are examined again.
     */
    public static final String HELD = "NOT_PROCESSED";

    /**
     * Refusals that depend on how the file arrived (who sent it, which folder, a reviewer's copy at
     * the States' desk), not on its bytes alone: the same bytes are examined again when they come
     * back, and a submission refused so is turned into the accepted version they now are.
     */
    public static final Set<String> RETAKEN_AFTER = Set.of(RefusalReason.FOREIGN_STATE.code(),
            RefusalReason.UNKNOWN_SENDER.code(), RefusalReason.REVIEW_COPY.code(), RefusalReason.NOT_A_REVIEWER.code(), HELD,
            RefusalReason.FOREIGN_QUESTION_LIST.code(), RefusalReason.CONTRIBUTOR_ADDRESS.code(),
            RefusalReason.NOT_THE_CONTRIBUTOR.code());


    /**
     * Turns a submission refused for how it arrived into the accepted version the same bytes now
     * are, in one transaction: answers, findings and facts written, its earlier answer forgotten so
     * that the new one is owed (and found by {@link #unanswered()} after a crash), and logged.
     */
    private Recording retake(SubmissionRecord earlier, NewSubmission submission, List<Answer> answers, IntakeFacts facts,
                             SubmissionWriter.AlsoWrite also) {
        return transactions.write("take file " + submission.originalName() + " again", connection -> {
            int version = SubmissionWriter.placeByArrival(connection, submission.checklistId().toString(),
                    submission.receivedAt(), submission.originalName());
            try (PreparedStatement update = connection.prepareStatement("UPDATE submission SET checklist_id = ?, "
                    + "source = ?, sender = ?, original_name = ?, received_at = ?, outcome = ?, reason = NULL, version = ?, "
                    + "carried_provisions = ? WHERE id = ? AND outcome = ?")) {
                update.setString(1, submission.checklistId().toString());
                update.setString(2, submission.source().code());
                update.setString(3, submission.sender());
                update.setString(4, submission.originalName());
                Rows.setInstant(update, 5, submission.receivedAt());
                update.setString(6, Outcome.ACCEPTED.name());
                update.setInt(7, version);
                update.setString(8, SparseAnswers.carried(answers));
                update.setLong(9, earlier.id());
                update.setString(10, Outcome.REFUSED.name());
                if (update.executeUpdate() == 0) {
                    // another instance took it meanwhile
                    return new Recording(SubmissionWriter.bySha256(connection, earlier.sha256()).orElseThrow(), true);
                }
            }
            SubmissionWriter.insertAnswers(connection, earlier.id(), submission.checklistId(), version, answers);
            SubmissionWriter.insertFindings(connection, earlier.id(), submission.findings());
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM submission_intake WHERE submission_id = ?");
                 PreparedStatement forget = connection.prepareStatement("DELETE FROM receipt WHERE submission_id = ?")) {
                delete.setLong(1, earlier.id());
                delete.executeUpdate();
                forget.setLong(1, earlier.id());
                forget.executeUpdate();
            }
            insertFacts(connection, earlier.id(), facts);
            EventLog.append(connection, Event.of(submission.receivedAt(),
                    submission.sender() == null ? submission.source().code() : submission.sender(), "submission.accepted",
                    submission.checklistId().toString(), submission.sha256(), submission.originalName() + " by "
                            + submission.source().code() + ", version " + version + " (taken after its refusal: "
                            + earlier.reason() + ")"));
            SubmissionRecord accepted = new SubmissionRecord(earlier.id(), earlier.sha256(), submission.checklistId(),
                    submission.source(), submission.sender(), submission.originalName(), submission.receivedAt(),
                    Outcome.ACCEPTED, null, version);
            also.write(connection, accepted);
            return new Recording(accepted, false);
        });
    }

    /** What intake registered with a submission, if it came through intake. */
    public Optional<IntakeFacts> facts(long submissionId) {
        return transactions.read("read submission " + submissionId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, review_id, part, language, reason_code, folder_state, message_id FROM submission_intake "
                            + "WHERE submission_id = ?")) {
                select.setLong(1, submissionId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(facts(row)) : Optional.empty();
                }
            }
        });
    }

    /** True when the submission's sender has been answered. */
    public boolean answered(long submissionId) {
        return transactions.read("read receipt " + submissionId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM receipt WHERE submission_id = ?")) {
                select.setLong(1, submissionId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /**
     * Records that the submission's sender has been answered, with the files written, and logs it.
     *
     * @return false when it had been answered already (by another instance, or before a crash)
     */
    public boolean markAnswered(long submissionId, String sha256, Instant at, List<String> files) {
        String detail = String.join("\n", files);
        try {
            return transactions.write("record the answer to submission " + submissionId, connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO receipt (submission_id, answered_at, files) VALUES (?, ?, ?)")) {
                    insert.setLong(1, submissionId);
                    Rows.setInstant(insert, 2, at);
                    insert.setString(3, detail.length() > 10000 ? detail.substring(0, 10000) : detail);
                    insert.executeUpdate();
                }
                EventLog.append(connection, Event.of(at, Event.PIPELINE, "submission.answered",
                        Long.toString(submissionId), sha256, detail));
                return true;
            });
        } catch (RegisterException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Records that the submission is held for the secretariat: its sender was told so (the files
     * written are the copy in {@code rejected/} and its reason), the reason is kept with its
     * receipt, and {@code submission.held} is logged, in one transaction. A submission answered
     * before keeps its receipt and is held from now on.
     */
    public void markHeld(long submissionId, String sha256, Instant at, List<String> files, String reason) {
        String detail = String.join("\n", files);
        String held = bounded(reason, 2000);
        transactions.write("hold submission " + submissionId + " for the secretariat", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE receipt SET held_reason = ? WHERE submission_id = ?")) {
                update.setString(1, held);
                update.setLong(2, submissionId);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO receipt (submission_id, answered_at, files, held_reason) VALUES (?, ?, ?, ?)")) {
                        insert.setLong(1, submissionId);
                        Rows.setInstant(insert, 2, at);
                        insert.setString(3, bounded(detail, 10000));
                        insert.setString(4, held);
                        insert.executeUpdate();
                    }
                }
            }
            EventLog.append(connection, Event.of(at, Event.PIPELINE, "submission.held", Long.toString(submissionId),
                    sha256, held + (detail.isEmpty() ? "" : "\n" + detail)));
            return null;
        });
    }

    /** Why the submission is held for the secretariat, or empty when it is not. */
    public Optional<String> heldReason(long submissionId) {
        return transactions.read("read receipt " + submissionId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT held_reason FROM receipt WHERE submission_id = ? AND held_reason IS NOT NULL")) {
                select.setLong(1, submissionId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Records that a held submission has now been answered normally (its bytes were taken again
     * once the cause was fixed), with the files written, and logs {@code submission.released}.
     */
    public void release(long submissionId, String sha256, Instant at, List<String> files) {
        String detail = String.join("\n", files);
        transactions.write("release submission " + submissionId, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE receipt SET held_reason = NULL, "
                    + "answered_at = ?, files = ? WHERE submission_id = ? AND held_reason IS NOT NULL")) {
                Rows.setInstant(update, 1, at);
                update.setString(2, bounded(detail, 10000));
                update.setLong(3, submissionId);
                if (update.executeUpdate() > 0) {
                    EventLog.append(connection, Event.of(at, Event.PIPELINE, "submission.released",
                            Long.toString(submissionId), sha256, detail));
                }
            }
            return null;
        });
    }

    private static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** Registered submissions never answered, oldest first. */
    public List<UnansweredSubmission> unanswered() {
        String sql = "SELECT " + prefixed("s.", Rows.SUBMISSION_COLUMNS)
                + ", i.submission_id AS intake_id, i.state, i.review_id, i.part, i.language, i.reason_code, i.folder_state, i.message_id "
                + "FROM submission s LEFT JOIN submission_intake i ON i.submission_id = s.id "
                + "WHERE NOT EXISTS (SELECT 1 FROM receipt r WHERE r.submission_id = s.id) ORDER BY s.id";
        return transactions.read("find unanswered submissions", connection -> {
            List<UnansweredSubmission> unanswered = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rows.getLong("intake_id");
                    IntakeFacts facts = rows.wasNull() ? null : facts(rows);
                    unanswered.add(new UnansweredSubmission(Rows.submission(rows), facts));
                }
            }
            return unanswered;
        });
    }

    /** The sha256 of every file registered, accepted, refused or held: what the desk has a trace of. */
    public Set<String> registeredDigests() {
        return transactions.read("list the files registered", connection -> {
            Set<String> digests = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT sha256 FROM submission");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    digests.add(rows.getString(1));
                }
            }
            return digests;
        });
    }

    /** Logs that the same bytes arrived again and were answered "already received". */
    public void logDuplicate(String sha256, String sender, String originalName, Instant at) {
        Event event = Event.of(at, sender == null ? Event.PIPELINE : sender, "submission.duplicate", null, sha256, originalName);
        transactions.write("log " + event.action(), connection -> EventLog.append(connection, event));
    }

    /** Intake's facts about a submission, written in the submission's own transaction (also by {@link Recommendations}). */
    static void insertFacts(Connection connection, long submissionId, IntakeFacts facts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO submission_intake "
                + "(submission_id, state, review_id, part, language, reason_code, folder_state, message_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, submissionId);
            insert.setString(2, facts.state());
            insert.setString(3, facts.reviewId());
            insert.setString(4, facts.part());
            insert.setString(5, facts.language().code());
            insert.setString(6, facts.reasonCode());
            insert.setString(7, facts.folderState());
            insert.setString(8, facts.messageId());
            insert.executeUpdate();
        }
    }

    private static IntakeFacts facts(ResultSet row) throws SQLException {
        return new IntakeFacts(row.getString("state"), row.getString("review_id"), row.getString("part"),
                Language.of(row.getString("language")), row.getString("reason_code"), row.getString("folder_state"),
                row.getString("message_id"));
    }

    private static String prefixed(String prefix, String columns) {
        return String.join(", ", Arrays.stream(columns.split(",\\s*")).map(c -> prefix + c).toList());
    }
}
