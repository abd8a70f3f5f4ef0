package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Language;

/**
 * The written dialogue's storage (issue 18, point 3): questions asked on a provision of a review, the
 * sealed question lists that carried them to the State, and the State's answers that came back through
 * the return desk. Every change is logged in its own transaction: {@code dialogue.asked} (subject the
 * review), {@code dialogue.sent} and {@code dialogue.answered} (subject the question list, whose State
 * the log knows), so {@code irm log --state} and the console show each step.
 */
public final class DialogueRecords {

    private static final String QUESTION_COLUMNS = "q.id, q.review_id, q.state, q.provision_id, q.asked_by, q.author, "
            + "q.language, q.question_text, q.source, q.asked_at";

    private final Transactions transactions;

    DialogueRecords(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * A question to record.
     *
     * @param sourceSha256 for a question marked in a review copy: the copy's sha256; else null
     * @param sourceMark   for a question marked in a review copy: the comment's id in it; else null
     */
    public record NewQuestion(String reviewId, String state, String provisionId, String askedBy, String author,
                              Language language, String text, String source, String sourceSha256, String sourceMark,
                              Instant askedAt) { }

    /** Records a question and logs {@code dialogue.asked}; returns it as registered. */
    public DialogueQuestion ask(NewQuestion question) {
        return transactions.write("record a dialogue question on " + question.provisionId(), connection -> {
            long id = insert(connection, question);
            return question(connection, id).orElseThrow();
        });
    }

    /**
     * Records the questions marked in one returned review copy, in one transaction: those the same copy
     * brought before (same sha256 and comment id) are not recorded again. Returns the new ones.
     */
    public List<DialogueQuestion> askFromCopy(List<NewQuestion> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        return transactions.write("record the questions of a review copy", connection -> {
            List<DialogueQuestion> recorded = new ArrayList<>();
            for (NewQuestion question : questions) {
                if (!alreadyAsked(connection, question)) {
                    recorded.add(question(connection, insert(connection, question)).orElseThrow());
                }
            }
            return recorded;
        });
    }

    /** Records a question list written for a State, with the questions it carries, and logs {@code dialogue.sent}. */
    public void recordList(String listId, String reviewId, String state, Language language, String fileName,
                           List<Long> questionIds, String actor, Instant at) {
        transactions.write("record the question list " + listId, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dialogue_list "
                    + "(id, review_id, state, language, file_name, issued_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, listId);
                insert.setString(2, reviewId);
                insert.setString(3, state);
                insert.setString(4, language.code());
                insert.setString(5, fileName);
                Rows.setInstant(insert, 6, at);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO dialogue_list_question (list_id, question_id) VALUES (?, ?)")) {
                for (long id : questionIds) {
                    insert.setString(1, listId);
                    insert.setLong(2, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            EventLog.append(connection, Event.of(at, actor, "dialogue.sent", listId, null, state + " " + reviewId + ": "
                    + questionIds.size() + " questions " + ids(questionIds) + " in " + fileName));
            return null;
        });
    }

    /** Logs that a question list was e-mailed to these addresses ({@code dialogue.mailed}). */
    public void recordMailed(String listId, List<String> to, String actor, Instant at) {
        transactions.write("log the question list " + listId + " mailed", connection ->
                EventLog.append(connection, Event.of(at, actor, "dialogue.mailed", listId, null, String.join(", ", to))));
    }

    /** A question list as written: its review, State, language and the ids of the questions it carries. */
    public record QuestionList(String id, String reviewId, String state, Language language, String fileName,
                               Instant issuedAt, List<Long> questionIds) { }

    /** The question list with this id, if this register wrote it. */
    public Optional<QuestionList> list(String listId) {
        return transactions.read("read the question list " + listId, connection -> {
            QuestionList found = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, review_id, state, language, file_name, issued_at FROM dialogue_list WHERE id = ?")) {
                select.setString(1, listId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<QuestionList>empty();
                    }
                    found = new QuestionList(row.getString("id"), row.getString("review_id"), row.getString("state"),
                            Language.of(row.getString("language")), row.getString("file_name"),
                            Rows.instant(row, "issued_at"), List.of());
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT question_id FROM dialogue_list_question WHERE list_id = ? ORDER BY question_id")) {
                select.setString(1, listId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return Optional.of(new QuestionList(found.id(), found.reviewId(), found.state(), found.language(),
                    found.fileName(), found.issuedAt(), List.copyOf(ids)));
        });
    }

    /**
     * Every question list written for the review, in the order written (issued, then id), each with the ids of
     * the questions it carries: one read, for the reminders of lists not answered.
     */
    public List<QuestionList> lists(String reviewId) {
        return transactions.read("read the question lists of " + reviewId, connection -> {
            Map<String, QuestionList> found = new LinkedHashMap<>();
            Map<String, List<Long>> carried = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT l.id, l.review_id, l.state, l.language, "
                    + "l.file_name, l.issued_at, lq.question_id FROM dialogue_list l LEFT JOIN dialogue_list_question lq "
                    + "ON lq.list_id = l.id WHERE l.review_id = ? ORDER BY l.issued_at, l.id, lq.question_id")) {
                select.setString(1, reviewId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        String id = row.getString("id");
                        if (!found.containsKey(id)) {
                            found.put(id, new QuestionList(id, row.getString("review_id"), row.getString("state"),
                                    Language.of(row.getString("language")), row.getString("file_name"),
                                    Rows.instant(row, "issued_at"), List.of()));
                        }
                        long question = row.getLong("question_id");
                        if (!row.wasNull()) {
                            carried.computeIfAbsent(id, k -> new ArrayList<>()).add(question);
                        }
                    }
                }
            }
            List<QuestionList> lists = new ArrayList<>();
            found.values().forEach(l -> lists.add(new QuestionList(l.id(), l.reviewId(), l.state(), l.language(),
                    l.fileName(), l.issuedAt(), List.copyOf(carried.getOrDefault(l.id(), List.of())))));
            return lists;
        });
    }

    /** One question with its answers. */
    public Optional<DialogueQuestion> question(long id) {
        return transactions.read("read dialogue question " + id, connection -> question(connection, id));
    }

    /**
     * Every question of the State (all its reviews, or one when {@code reviewId} is given), with the lists
     * that carried them and their answers, in the order asked: read in one call, for the console's State
     * page, the merged review and {@code irm dialogue list}.
     */
    public List<DialogueQuestion> ofState(String state, String reviewId) {
        return transactions.read("read the dialogue of " + state, connection -> questions(connection,
                "q.state = ?" + (reviewId == null ? "" : " AND q.review_id = ?"),
                reviewId == null ? List.of(state) : List.of(state, reviewId)));
    }

    /** An answer to record: to which question, and what the State wrote. */
    public record NewAnswer(long questionId, String text) { }

    /** What taking a returned question list did: the submission it is registered as, and whether it was registered before. */
    public record TakenAnswers(SubmissionRecord submission, boolean duplicate) { }

    /**
     * Registers a returned question list as a submission of its list (the list id as the checklist id:
     * sha256, sender, source, the next version) and records the State's answers, in one transaction: the
     * commit point; logs {@code dialogue.answered}. The same bytes registered before are not registered again.
     */
    public TakenAnswers takeAnswers(NewSubmission submission, IntakeFacts facts, QuestionList list, String answeredBy,
                                    List<NewAnswer> answers, int stillOpen) {
        Recording recording = new IntakeRegister(transactions).record(submission, List.of(), facts, (connection, stored) -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dialogue_answer (question_id, list_id, "
                    + "sha256, answered_by, answer_text, original_name, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (NewAnswer answer : answers) {
                    insert.setLong(1, answer.questionId());
                    insert.setString(2, list.id());
                    insert.setString(3, submission.sha256());
                    insert.setString(4, answeredBy);
                    insert.setString(5, answer.text());
                    insert.setString(6, submission.originalName());
                    Rows.setInstant(insert, 7, submission.receivedAt());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            EventLog.append(connection, Event.of(submission.receivedAt(), answeredBy, "dialogue.answered", list.id(),
                    submission.sha256(), list.state() + " " + list.reviewId() + ": " + answers.size() + " answers "
                            + ids(answers.stream().map(NewAnswer::questionId).toList()) + ", " + stillOpen
                            + " questions of the list still open, version " + stored.version() + " from "
                            + submission.originalName()));
        });
        return new TakenAnswers(recording.submission(), recording.duplicate());
    }

    // --- rows ---

    private static long insert(Connection connection, NewQuestion question) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dialogue_question (review_id, state, "
                + "provision_id, asked_by, author, language, question_text, source, source_sha256, source_mark, asked_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, question.reviewId());
            insert.setString(2, question.state());
            insert.setString(3, question.provisionId());
            insert.setString(4, question.askedBy());
            insert.setString(5, question.author());
            insert.setString(6, question.language().code());
            insert.setString(7, question.text());
            insert.setString(8, question.source());
            insert.setString(9, question.sourceSha256());
            insert.setString(10, question.sourceMark());
            Rows.setInstant(insert, 11, question.askedAt());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        String actor = question.author() != null && !question.author().isBlank() ? question.author() : question.askedBy();
        EventLog.append(connection, Event.of(question.askedAt(), actor, "dialogue.asked", question.reviewId(),
                question.sourceSha256(), "question " + id + " on " + question.provisionId() + " by " + question.askedBy()
                        + (DialogueQuestion.REVIEW_COPY.equals(question.source()) ? " (marked in a review copy)" : "")));
        return id;
    }

    private static boolean alreadyAsked(Connection connection, NewQuestion question) throws SQLException {
        if (question.sourceSha256() == null || question.sourceMark() == null) {
            return false;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM dialogue_question WHERE source_sha256 = ? AND source_mark = ?")) {
            select.setString(1, question.sourceSha256());
            select.setString(2, question.sourceMark());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Optional<DialogueQuestion> question(Connection connection, long id) throws SQLException {
        List<DialogueQuestion> found = questions(connection, "q.id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Questions matching the condition, each with its lists and answers: one select with its answers, one with its lists. */
    private static List<DialogueQuestion> questions(Connection connection, String condition, List<Object> parameters)
            throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + QUESTION_COLUMNS + ", a.id AS answer_id, "
                + "a.list_id, a.sha256, a.answered_by, a.answer_text, a.original_name, a.received_at "
                + "FROM dialogue_question q LEFT JOIN dialogue_answer a ON a.question_id = q.id WHERE " + condition
                + " ORDER BY q.asked_at, q.id, a.received_at, a.id")) {
            bind(select, parameters);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong("id");
                    Row row = rows.get(id);
                    if (row == null) {
                        row = new Row(result);
                        rows.put(id, row);
                    }
                    long answerId = result.getLong("answer_id");
                    if (!result.wasNull()) {
                        row.answers.add(new DialogueAnswer(answerId, id, result.getString("list_id"), result.getString("sha256"),
                                result.getString("answered_by"), result.getString("answer_text"),
                                result.getString("original_name"), Rows.instant(result, "received_at")));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> lists = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT lq.question_id, lq.list_id FROM "
                + "dialogue_list_question lq JOIN dialogue_list l ON l.id = lq.list_id JOIN dialogue_question q "
                + "ON q.id = lq.question_id WHERE " + condition + " ORDER BY l.issued_at, l.id")) {
            bind(select, parameters);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    lists.computeIfAbsent(result.getLong(1), k -> new ArrayList<>()).add(result.getString(2));
                }
            }
        }
        List<DialogueQuestion> questions = new ArrayList<>();
        rows.forEach((id, row) -> questions.add(row.question(lists.getOrDefault(id, List.of()))));
        return questions;
    }

    private static void bind(PreparedStatement select, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Long number) {
                select.setLong(i + 1, number);
            } else {
                select.setString(i + 1, value.toString());
            }
        }
    }

    private static String ids(List<Long> ids) {
        return "(" + String.join(", ", ids.stream().map(id -> "#" + id).toList()) + ")";
    }

    /** A question's columns while its answers are collected. */
    private static final class Row {
        final long id;
        final String reviewId;
        final String state;
        final String provisionId;
        final String askedBy;
        final String author;
        final String language;
        final String text;
        final String source;
        final Instant askedAt;
        final List<DialogueAnswer> answers = new ArrayList<>();

        Row(ResultSet result) throws SQLException {
            id = result.getLong("id");
            reviewId = result.getString("review_id");
            state = result.getString("state");
            provisionId = result.getString("provision_id");
            askedBy = result.getString("asked_by");
            author = result.getString("author");
            language = result.getString("language");
            text = result.getString("question_text");
            source = result.getString("source");
            askedAt = Rows.instant(result, "asked_at");
        }

        DialogueQuestion question(List<String> lists) {
            return new DialogueQuestion(id, reviewId, state, provisionId, askedBy, author, language, text, source, askedAt,
                    lists, answers);
        }
    }
}
