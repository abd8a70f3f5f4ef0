package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The States' supporting documents (tables {@code supporting_document} and {@code supporting_passage}, issue
 * 19.3): storage only. What is a supporting document, how its text is read and cut into passages, and how
 * words are normalised for search is the {@code documents} stage's to decide. Each registration is logged in
 * the same transaction ({@code document.registered}); so is each later arrival of the same bytes
 * ({@code supporting_resent}, {@code document.resent}).
 */
public final class SupportingDocuments {

    private static final String COLUMNS = "id, sha256, state, review_id, original_name, format, media_type, size_bytes,"
            + " title, pages, text_layer, encrypted, macros, source, sender, message_id, received_at, listed_in";
    private static final int MAX_TEXT = 8000;

    /**
     * A supporting document as registered.
     *
     * @param reviewId  the State's review it was attached to (open when it came), or null when none was open
     * @param format    its type as detected from its bytes (pdf, docx, odt, xlsx, png...)
     * @param pages     its page count when the format has pages and it was read, else null
     * @param textLayer whether text could be read from it (false for a scan, an image, an encrypted file)
     * @param listedIn  the sha256 of the return whose receipt listed it, or null
     */
    public record Document(long id, String sha256, String state, String reviewId, String originalName, String format,
                           String mediaType, long sizeBytes, String title, Integer pages, boolean textLayer,
                           boolean encrypted, boolean macros, SubmissionSource source, String sender, String messageId,
                           Instant receivedAt, String listedIn) {
    }

    /** What is registered of a new supporting document (see {@link Document} for the fields). */
    public record NewDocument(String sha256, String state, String reviewId, String originalName, String format,
                              String mediaType, long sizeBytes, String title, Integer pages, boolean textLayer,
                              boolean encrypted, boolean macros, SubmissionSource source, String sender,
                              String messageId, Instant receivedAt) {
        public NewDocument {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(originalName, "originalName");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /**
     * One passage of a document's text.
     *
     * @param page       the page it is on (PDF), or null for a document without pages
     * @param normalised the text as search compares it (the caller normalises it)
     */
    public record Passage(int number, Integer page, String text, String normalised) {
    }

    /** A passage that holds every word searched for, with its document. */
    public record Hit(Document document, Passage passage) {
    }

    /**
     * A registration's outcome.
     *
     * @param created false when the same bytes were registered for the State before (that registration is returned)
     */
    public record Registered(Document document, boolean created) {
    }

    /**
     * A later arrival of a document already registered for its State (the same bytes sent again).
     *
     * @param originalName the name it came with this time
     * @param listedIn     the sha256 of the return whose receipt listed this arrival, or null
     */
    public record Resent(long id, Document document, String originalName, SubmissionSource source, String sender,
                         String messageId, Instant receivedAt, String listedIn) {
    }

    private final Transactions transactions;

    public SupportingDocuments(Register register) {
        this.transactions = register.transactions();
    }

    /**
     * Registers a document and its passages in one transaction, or returns the earlier registration of the same
     * bytes for the same State (nothing is written then).
     */
    public Registered register(NewDocument document, List<Passage> passages, String actor) {
        return transactions.write("register the supporting document " + document.originalName(), connection -> {
            Optional<Document> earlier = find(connection, document.sha256(), document.state());
            if (earlier.isPresent()) {
                return new Registered(earlier.get(), false);
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO supporting_document (sha256, state,"
                    + " review_id, original_name, format, media_type, size_bytes, title, pages, text_layer, encrypted,"
                    + " macros, source, sender, message_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, document.sha256());
                insert.setString(2, document.state());
                insert.setString(3, document.reviewId());
                insert.setString(4, cut(document.originalName(), 500));
                insert.setString(5, cut(document.format(), 40));
                insert.setString(6, cut(document.mediaType(), 200));
                insert.setLong(7, document.sizeBytes());
                insert.setString(8, document.title() == null ? null : cut(document.title(), 1000));
                Rows.setNullableInt(insert, 9, document.pages());
                insert.setBoolean(10, document.textLayer());
                insert.setBoolean(11, document.encrypted());
                insert.setBoolean(12, document.macros());
                insert.setString(13, document.source().code());
                insert.setString(14, document.sender());
                insert.setString(15, document.messageId());
                Rows.setInstant(insert, 16, document.receivedAt());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO supporting_passage (document_id,"
                    + " passage, page, passage_text, normalised) VALUES (?, ?, ?, ?, ?)")) {
                for (Passage passage : passages) {
                    insert.setLong(1, id);
                    insert.setInt(2, passage.number());
                    if (passage.page() == null) {
                        insert.setNull(3, Types.INTEGER);
                    } else {
                        insert.setInt(3, passage.page());
                    }
                    insert.setString(4, cut(passage.text(), MAX_TEXT));
                    insert.setString(5, cut(passage.normalised(), MAX_TEXT));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            EventLog.append(connection, Event.of(document.receivedAt(), actor, "document.registered", document.state(),
                    document.sha256(), document.originalName() + " (" + document.format() + ")"
                            + (document.reviewId() == null ? ", no open review" : ", review " + document.reviewId())));
            return new Registered(find(connection, document.sha256(), document.state()).orElseThrow(), true);
        });
    }

    /**
     * Records that a registered document came again (table {@code supporting_resent}), once per e-mail: an e-mail
     * read again after a crash records nothing more.
     *
     * @return false when this e-mail's arrival of the document was recorded before
     */
    public boolean recordResent(Document document, String originalName, SubmissionSource source, String sender,
                                String messageId, Instant receivedAt, String actor) {
        return transactions.write("record the supporting document " + originalName + " sent again", connection -> {
            if (messageId != null) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM supporting_resent WHERE document_id = ? AND message_id = ?")) {
                    select.setLong(1, document.id());
                    select.setString(2, messageId);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            return false;
                        }
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO supporting_resent (document_id,"
                    + " original_name, source, sender, message_id, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, document.id());
                insert.setString(2, cut(originalName, 500));
                insert.setString(3, source.code());
                insert.setString(4, sender);
                insert.setString(5, messageId);
                Rows.setInstant(insert, 6, receivedAt);
                insert.executeUpdate();
            }
            EventLog.append(connection, Event.of(receivedAt, actor, "document.resent", document.state(),
                    document.sha256(), originalName + " (" + document.format() + "), first received as "
                            + document.originalName()));
            return true;
        });
    }

    /** The later arrivals of documents in one e-mail (by its Message-ID), first recorded first. */
    public List<Resent> resentInMessage(String messageId) {
        return resent("list the supporting documents sent again in a message", " WHERE r.message_id = ?",
                List.of(messageId));
    }

    /**
     * A State's later arrivals of documents by one way that no receipt listed yet, with those the receipt of this
     * return listed already; first recorded first.
     */
    public List<Resent> resentForReceipt(String state, SubmissionSource source, String receiptSha256) {
        return resent("list the supporting documents sent again not yet listed", " WHERE d.state = ? AND r.source = ?"
                + " AND (r.listed_in IS NULL OR r.listed_in = ?)", List.of(state, source.code(), receiptSha256));
    }

    /** Records that a return's receipt listed these later arrivals (one listed before keeps its first receipt). */
    public void markResentListed(List<Long> resentIds, String receiptSha256) {
        if (resentIds.isEmpty()) {
            return;
        }
        transactions.write("mark supporting documents sent again listed", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE supporting_resent SET listed_in = ? WHERE id = ? AND listed_in IS NULL")) {
                for (long id : resentIds) {
                    update.setString(1, receiptSha256);
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    private List<Resent> resent(String doing, String where, List<String> parameters) {
        String sql = "SELECT d." + COLUMNS.replace(", ", ", d.") + ", r.id AS resent_id, r.original_name AS resent_name,"
                + " r.source AS resent_source, r.sender AS resent_sender, r.message_id AS resent_message,"
                + " r.received_at AS resent_at, r.listed_in AS resent_listed FROM supporting_resent r"
                + " JOIN supporting_document d ON d.id = r.document_id" + where + " ORDER BY r.id";
        return transactions.read(doing, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setString(i + 1, parameters.get(i));
                }
                List<Resent> resent = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        resent.add(new Resent(rows.getLong("resent_id"), document(rows), rows.getString("resent_name"),
                                SubmissionSource.ofCode(rows.getString("resent_source")), rows.getString("resent_sender"),
                                rows.getString("resent_message"), Rows.instant(rows, "resent_at"),
                                rows.getString("resent_listed")));
                    }
                }
                return resent;
            }
        });
    }

    /** A State's supporting documents, first received first; every State's when {@code state} is null. */
    public List<Document> ofState(String state) {
        return list("list the supporting documents", "SELECT " + COLUMNS + " FROM supporting_document"
                + (state == null ? "" : " WHERE state = ?") + " ORDER BY state, received_at, id", state);
    }

    /** The supporting documents that came with one e-mail (by its Message-ID), first received first. */
    public List<Document> ofMessage(String messageId) {
        return list("list the supporting documents of a message", "SELECT " + COLUMNS
                + " FROM supporting_document WHERE message_id = ? ORDER BY id", messageId);
    }

    /**
     * A State's documents that came by one way and no receipt listed yet (the files dropped in its folder since
     * its last receipt), with those the receipt of this return listed already; first received first.
     */
    public List<Document> forReceipt(String state, SubmissionSource source, String receiptSha256) {
        return transactions.read("list the supporting documents not yet listed", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM supporting_document"
                    + " WHERE state = ? AND source = ? AND (listed_in IS NULL OR listed_in = ?) ORDER BY id")) {
                select.setString(1, state);
                select.setString(2, source.code());
                select.setString(3, receiptSha256);
                return documents(select);
            }
        });
    }

    /** Records that a return's receipt listed these documents (a document listed before keeps its first receipt). */
    public void markListed(List<Long> documentIds, String receiptSha256) {
        if (documentIds.isEmpty()) {
            return;
        }
        transactions.write("mark supporting documents listed", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE supporting_document SET listed_in = ? WHERE id = ? AND listed_in IS NULL")) {
                for (long id : documentIds) {
                    update.setString(1, receiptSha256);
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /**
     * The passages whose normalised text holds every one of the words (already normalised, as the passages
     * were), of one State or of all when {@code state} is null; by State, document, passage; at most {@code limit}.
     */
    public List<Hit> search(List<String> normalisedWords, String state, int limit) {
        if (normalisedWords.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT d.").append(COLUMNS.replace(", ", ", d."))
                .append(", p.passage, p.page, p.passage_text, p.normalised FROM supporting_passage p"
                        + " JOIN supporting_document d ON d.id = p.document_id WHERE 1 = 1");
        if (state != null) {
            sql.append(" AND d.state = ?");
        }
        for (int i = 0; i < normalisedWords.size(); i++) {
            sql.append(" AND p.normalised LIKE ? ESCAPE '!'");
        }
        sql.append(" ORDER BY d.state, d.received_at, d.id, p.passage");
        return transactions.read("search the supporting documents", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                select.setMaxRows(limit);
                int index = 1;
                if (state != null) {
                    select.setString(index++, state);
                }
                for (String word : normalisedWords) {
                    select.setString(index++, "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                }
                List<Hit> hits = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        int page = rows.getInt("page");
                        Integer nullablePage = rows.wasNull() ? null : page;
                        hits.add(new Hit(document(rows), new Passage(rows.getInt("passage"), nullablePage,
                                rows.getString("passage_text"), rows.getString("normalised"))));
                    }
                }
                return hits;
            }
        });
    }

    private List<Document> list(String doing, String sql, String parameter) {
        return transactions.read(doing, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    select.setString(1, parameter);
                }
                return documents(select);
            }
        });
    }

    private static Optional<Document> find(Connection connection, String sha256, String state) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM supporting_document WHERE sha256 = ? AND state = ?")) {
            select.setString(1, sha256);
            select.setString(2, state);
            return documents(select).stream().findFirst();
        }
    }

    private static List<Document> documents(PreparedStatement select) throws SQLException {
        List<Document> documents = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                documents.add(document(rows));
            }
        }
        return documents;
    }

    private static Document document(ResultSet row) throws SQLException {
        int pages = row.getInt("pages");
        Integer nullablePages = row.wasNull() ? null : pages;
        return new Document(row.getLong("id"), row.getString("sha256"), row.getString("state"),
                row.getString("review_id"), row.getString("original_name"), row.getString("format"),
                row.getString("media_type"), row.getLong("size_bytes"), row.getString("title"), nullablePages,
                row.getBoolean("text_layer"), row.getBoolean("encrypted"), row.getBoolean("macros"),
                SubmissionSource.ofCode(row.getString("source")), row.getString("sender"), row.getString("message_id"),
                Rows.instant(row, "received_at"), row.getString("listed_in"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
