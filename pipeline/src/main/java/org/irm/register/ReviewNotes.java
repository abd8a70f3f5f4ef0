package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.FieldId;

/**
 * The register's part for reviews: the review copies reviewers send back and every note they hold
 * (reviewer fields, comments and replies, tracked changes), each attributed to the reviewing State
 * and the author the file names, anchored to its provision and field, with its date.
 *
 * <p>A reviewer who sends a second copy of the same review supersedes the first: every read
 * returns the notes of each reviewer's latest copy only (the earlier copies stay in the register).
 * Notes come back in the order they were recorded: copies by reviewer, then document order.
 */
public final class ReviewNotes {

    private static final String NOTE_COLUMNS = "c.review_id, c.state, c.reviewing_state, n.author, n.provision_id, "
            + "n.field_id, n.kind, n.note_text, n.mark_id, n.parent_mark_id, c.sha256, n.noted_at";
    private static final String COPY_COLUMNS = "c.id, c.copy_id, c.review_id, c.state, c.reviewing_state, c.sha256, "
            + "c.original_name, c.received_at, c.expert, c.articles, c.unassigned";
    /** Each reviewer's latest copy of each review; each expert's latest copy beside their State's other experts'. */
    private static final String LATEST = "c.id = (SELECT MAX(l.id) FROM review_copy l "
            + "WHERE l.review_id = c.review_id AND l.reviewing_state = c.reviewing_state "
            + "AND COALESCE(l.expert, '') = COALESCE(c.expert, ''))";

    private final Transactions transactions;

    ReviewNotes(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * What recording a copy did.
     *
     * @param copy      the copy as registered (for a duplicate: the earlier one)
     * @param duplicate true when these bytes had been recorded before; nothing new was written
     */
    public record Recorded(ReviewCopyRecord copy, boolean duplicate) { }

    /**
     * Records a returned review copy and its notes in one transaction, with a
     * {@code review.copyReceived} event. The same file (by sha256) is recorded once.
     */
    public Recorded record(ReviewCopyRecord copy, List<ReviewerNote> notes) {
        return transactions.write("record the review copy " + copy.originalName(), connection -> {
            Optional<ReviewCopyRecord> earlier = copyBySha256(connection, copy.sha256());
            if (earlier.isPresent()) {
                return new Recorded(earlier.get(), true);
            }
            long id = insertCopy(connection, copy);
            insertNotes(connection, id, notes);
            String actor = copy.expert() == null ? copy.reviewingState() : copy.expert();
            EventLog.append(connection, Event.of(copy.receivedAt(), actor, "review.copyReceived",
                    copy.reviewId(), copy.sha256(), copy.originalName() + ": " + notes.size() + " notes"
                            + (copy.expert() == null ? "" : " (expert of " + copy.reviewingState() + ")")));
            if (!copy.unassigned().isEmpty()) {
                EventLog.append(connection, Event.of(copy.receivedAt(), actor, "review.copyFlagged", copy.reviewId(),
                        copy.sha256(), copy.originalName() + ": carries " + articles(copy.unassigned()) + ", not assigned to "
                                + copy.expert() + " (" + copy.reviewingState() + ")"));
            }
            return new Recorded(new ReviewCopyRecord(id, copy.copyId(), copy.reviewId(), copy.state(),
                    copy.reviewingState(), copy.sha256(), copy.originalName(), copy.receivedAt(), copy.expert(),
                    copy.articles(), copy.unassigned()), false);
        });
    }

    /**
     * Logs a review copy written for a reviewer ({@code review.copyIssued}, subject: the review id).
     *
     * @param reviewer the reviewing State's ISO3, or {@code secretariat}
     */
    public void copyIssued(String reviewId, String reviewer, String copyId, String fileName, Instant at, String actor) {
        transactions.write("log the review copy " + fileName, connection -> EventLog.append(connection, Event.of(at,
                actor, "review.copyIssued", reviewId, null, "review copy " + copyId + " for " + reviewer + ": " + fileName)));
    }

    /**
     * Logs a consolidated review merged from reviewers' copies ({@code review.merged}, subject: the
     * review id, or the State's ISO3 when the copies merged were named by hand and no review is known).
     */
    public void merged(String subject, String fileName, int copies, String counts, Instant at, String actor) {
        transactions.write("log the merge " + fileName, connection -> EventLog.append(connection, Event.of(at, actor,
                "review.merged", subject, null, copies + " review copies merged into " + fileName + " (" + counts + ")")));
    }

    /** The review copy of exactly these bytes, if it was recorded. */
    public Optional<ReviewCopyRecord> copyBySha256(String sha256) {
        return transactions.read("look up review copy " + sha256, connection -> copyBySha256(connection, sha256));
    }

    /** Each reviewer's latest copy of this review, by reviewing State. */
    public List<ReviewCopyRecord> latestCopies(String reviewId) {
        return copies("c.review_id = ?", reviewId);
    }

    /** Each reviewer's latest copy of every review of this State (ISO3). */
    public List<ReviewCopyRecord> latestCopiesOfState(String state) {
        return copies("c.state = ?", state);
    }

    /** Every note of each reviewer's latest copy of this review. */
    public List<ReviewerNote> ofReview(String reviewId) {
        return notes("c.review_id = ?", reviewId);
    }

    /** Every note of each reviewer's latest copy of every review of this State (ISO3). */
    public List<ReviewerNote> ofState(String state) {
        return notes("c.state = ?", state);
    }

    /** The notes on one provision (e.g. {@code uncac.9.1.a}) of a review, from each reviewer's latest copy. */
    public List<ReviewerNote> ofProvision(String reviewId, String provisionId) {
        return notes("c.review_id = ? AND n.provision_id = ?", reviewId, provisionId);
    }

    /**
     * Who reviewed and commented, per provision of a State's reviews: for each provision (in the
     * order first noted) and reviewer, how many comments, changes and reviewer fields they left.
     */
    public List<ProvisionReview> byProvision(String state) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ReviewerNote note : ofState(state)) {
            if (note.provisionId() == null || (note.kind().isReviewerField() && note.text().isBlank())) {
                continue;
            }
            int[] count = counts.computeIfAbsent(note.provisionId() + "\u0000" + note.reviewingState(), k -> new int[3]);
            count[note.kind() == NoteKind.COMMENT ? 0 : note.kind().isChange() ? 1 : 2]++;
        }
        List<ProvisionReview> result = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split("\u0000", 2);
            result.add(new ProvisionReview(parts[0], parts[1], count[0], count[1], count[2]));
        });
        return result;
    }

    /**
     * One reviewer's activity on one provision.
     *
     * @param reviewingState ISO3 or {@code "secretariat"}
     * @param comments       comments and replies
     * @param changes        tracked changes
     * @param reviewerFields observation, good practice and recommendation fields filled in
     */
    public record ProvisionReview(String provisionId, String reviewingState, int comments, int changes,
                                  int reviewerFields) { }

    private List<ReviewCopyRecord> copies(String where, String value) {
        String sql = "SELECT " + COPY_COLUMNS + " FROM review_copy c WHERE " + where + " AND " + LATEST
                + " ORDER BY c.id";
        return transactions.read("read review copies", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, value);
                List<ReviewCopyRecord> copies = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        copies.add(copy(rows));
                    }
                }
                return copies;
            }
        });
    }

    private List<ReviewerNote> notes(String where, String... values) {
        String sql = "SELECT " + NOTE_COLUMNS + " FROM reviewer_note n JOIN review_copy c ON c.id = n.review_copy_id "
                + "WHERE " + where + " AND " + LATEST + " ORDER BY c.id, n.position";
        return transactions.read("read reviewer notes", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    select.setString(i + 1, values[i]);
                }
                List<ReviewerNote> notes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String field = rows.getString("field_id");
                        notes.add(new ReviewerNote(rows.getString("review_id"), rows.getString("state"),
                                rows.getString("reviewing_state"), rows.getString("author"),
                                rows.getString("provision_id"), field == null ? null : FieldId.parse(field),
                                NoteKind.ofCode(rows.getString("kind")), rows.getString("note_text"),
                                rows.getString("mark_id"), rows.getString("parent_mark_id"), rows.getString("sha256"),
                                Rows.instant(rows, "noted_at")));
                    }
                }
                return notes;
            }
        });
    }

    private static Optional<ReviewCopyRecord> copyBySha256(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COPY_COLUMNS + " FROM review_copy c WHERE c.sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(copy(row)) : Optional.empty();
            }
        }
    }

    private static ReviewCopyRecord copy(ResultSet row) throws SQLException {
        return new ReviewCopyRecord(row.getLong("id"), UUID.fromString(row.getString("copy_id")),
                row.getString("review_id"), row.getString("state"), row.getString("reviewing_state"),
                row.getString("sha256"), row.getString("original_name"), Rows.instant(row, "received_at"),
                row.getString("expert"), numbers(row.getString("articles")), numbers(row.getString("unassigned")));
    }

    private static List<ArticleRef> numbers(String list) {
        List<ArticleRef> numbers = new ArrayList<>();
        for (String number : list.split(",")) {
            if (!number.isBlank()) {
                numbers.add(ArticleRef.parse(number));
            }
        }
        return numbers;
    }

    private static String list(List<ArticleRef> articles) {
        return String.join(",", articles.stream().map(ArticleRef::toString).toList());
    }

    /** "article 9" or "articles 7, 9". */
    static String articles(List<ArticleRef> numbers) {
        return (numbers.size() == 1 ? "article " : "articles ")
                + String.join(", ", numbers.stream().map(ArticleRef::toString).toList());
    }

    private static long insertCopy(Connection connection, ReviewCopyRecord copy) throws SQLException {
        String sql = "INSERT INTO review_copy (copy_id, review_id, state, reviewing_state, sha256, original_name, "
                + "received_at, expert, articles, unassigned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, copy.copyId().toString());
            insert.setString(2, copy.reviewId());
            insert.setString(3, copy.state());
            insert.setString(4, copy.reviewingState());
            insert.setString(5, copy.sha256());
            insert.setString(6, copy.originalName());
            Rows.setInstant(insert, 7, copy.receivedAt());
            insert.setString(8, copy.expert());
            insert.setString(9, list(copy.articles()));
            insert.setString(10, list(copy.unassigned()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertNotes(Connection connection, long copyId, List<ReviewerNote> notes) throws SQLException {
        String sql = "INSERT INTO reviewer_note (review_copy_id, author, provision_id, field_id, kind, note_text, "
                + "mark_id, parent_mark_id, noted_at, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int position = 0;
            for (ReviewerNote note : notes) {
                insert.setLong(1, copyId);
                insert.setString(2, note.author());
                insert.setString(3, note.provisionId());
                insert.setString(4, note.field() == null ? null : note.field().toString());
                insert.setString(5, note.kind().code());
                insert.setString(6, note.text());
                insert.setString(7, note.markId());
                insert.setString(8, note.parentMarkId());
                Rows.setInstant(insert, 9, note.notedAt());
                insert.setInt(10, position++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
