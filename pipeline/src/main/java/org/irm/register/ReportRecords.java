package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.irm.catalogue.Language;

/**
 * The outcome of a review in the register: every block of its reports (the State's measures, the
 * reviewers' observations, each good practice, recommendation and technical-assistance need) with
 * all its versions, and the drafts written from them. Blocks are drawn from the answers and notes
 * ({@link #syncDrawn}); the secretariat's edits are versions of their own ({@link #recordEdit}),
 * which later drawings never replace. Versions are only ever added.
 */
public final class ReportRecords {

    private static final String VERSION_COLUMNS = "v.review_id, v.block_key, b.provision_id, b.kind, b.category, b.priority, "
            + "v.version, v.block_text, v.text_language, v.edited, v.author, v.source, v.source_sha256, v.recorded_at";
    private static final String DRAFT_COLUMNS =
            "review_id, report_kind, language, inputs_digest, sha256, file_name, word_count, generated_at";

    private static final String INSERT_VERSION = "INSERT INTO report_block_version (review_id, block_key, version, "
            + "block_text, text_language, edited, author, source, source_sha256, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;

    ReportRecords(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * A block's text as drawn from the review's inputs.
     *
     * @param author who wrote the text (a reviewing State and person, the State under review)
     * @param source {@code answers} or {@code notes}
     * @param priority a technical-assistance need's priority as the State rated it (high, medium, low), else null
     */
    public record Drawn(String blockKey, String provisionId, String kind, String category, String text,
                        Language language, String author, String source, String priority) {
        public Drawn {
            Objects.requireNonNull(blockKey, "blockKey");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }

        /** A block with no priority (all but a need the State rated). */
        public Drawn(String blockKey, String provisionId, String kind, String category, String text,
                     Language language, String author, String source) {
            this(blockKey, provisionId, kind, category, text, language, author, source, null);
        }
    }

    /**
     * Brings the drawn versions up to date: a block not seen before is created, a block whose drawn
     * text changed gets a new drawn version, and a block no longer drawn gets an empty one (a
     * withdrawn recommendation leaves the report; its history stays). Edits are left as they are.
     * Returns how many versions were added (0 when nothing changed, so calling it again is free).
     */
    public int syncDrawn(String reviewId, List<Drawn> drawn, Instant at) {
        return transactions.write("record the blocks of the report for " + reviewId, connection -> {
            Map<String, ReportBlockVersion> latestDrawn = new HashMap<>();
            Map<String, Integer> lastVersion = new HashMap<>();
            for (ReportBlockVersion version : versions(connection, reviewId)) {
                lastVersion.put(version.blockKey(), version.version());
                if (!version.edited()) {
                    latestDrawn.put(version.blockKey(), version);
                }
            }
            Map<String, Drawn> byKey = new LinkedHashMap<>();
            drawn.forEach(block -> byKey.put(block.blockKey(), block));
            List<Drawn> newBlocks = new ArrayList<>();
            List<NewVersion> newVersions = new ArrayList<>();
            for (Drawn block : byKey.values()) {
                ReportBlockVersion previous = latestDrawn.get(block.blockKey());
                if (!lastVersion.containsKey(block.blockKey())) {
                    newBlocks.add(block);
                }
                if (previous == null || !previous.text().equals(block.text())
                        || previous.textLanguage() != block.language()) {
                    newVersions.add(new NewVersion(block.blockKey(), lastVersion.getOrDefault(block.blockKey(), 0) + 1,
                            block.text(), block.language(), block.author(), block.source()));
                }
            }
            for (ReportBlockVersion previous : latestDrawn.values()) {
                if (!byKey.containsKey(previous.blockKey()) && !previous.text().isEmpty()) {
                    newVersions.add(new NewVersion(previous.blockKey(), lastVersion.get(previous.blockKey()) + 1, "",
                            previous.textLanguage(), previous.author(), previous.source()));
                }
            }
            insertBlocks(connection, reviewId, newBlocks, at);
            updatePriorities(connection, reviewId, byKey.values(), latestPriority(connection, reviewId));
            insertDrawnVersions(connection, reviewId, newVersions, at);
            int added = newVersions.size();
            if (added > 0) {
                EventLog.append(connection, Event.of(at, Event.PIPELINE, "report.blocks.drawn", reviewId, null,
                        added + " block versions drawn from the answers and notes"));
            }
            return added;
        });
    }

    /**
     * Records the secretariat's edit of a block as its next version, attributed, and logs it.
     *
     * @throws IllegalArgumentException when the review has no such block (a draft of another register)
     */
    public ReportBlockVersion recordEdit(String reviewId, String blockKey, String text, Language language, String author,
                                         String sourceName, String sourceSha256, Instant at) {
        return transactions.write("record an edit of " + blockKey, connection -> {
            int last = 0;
            for (ReportBlockVersion version : versions(connection, reviewId)) {
                if (version.blockKey().equals(blockKey)) {
                    last = version.version();
                }
            }
            if (last == 0) {
                throw new IllegalArgumentException("The review " + reviewId + " has no report block " + blockKey);
            }
            int next = last + 1;
            insertVersion(connection, reviewId, blockKey, next, text, language, true, author, sourceName,
                    sourceSha256, at);
            EventLog.append(connection, Event.of(at, author, "report.block.edited", reviewId, sourceSha256,
                    blockKey + " version " + next + " (" + language.code() + ") from " + sourceName));
            return versions(connection, reviewId).stream()
                    .filter(v -> v.blockKey().equals(blockKey) && v.version() == next).findFirst().orElseThrow();
        });
    }

    /** Every version of every block of the review, by block key then version. */
    public List<ReportBlockVersion> versions(String reviewId) {
        return transactions.read("read the report blocks of " + reviewId, connection -> versions(connection, reviewId));
    }

    /** Remembers a draft written, and logs it. */
    public void recordDraft(ReportDraft draft) {
        transactions.write("record the draft " + draft.fileName(), connection -> {
            String sql = "INSERT INTO report_draft (" + DRAFT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, draft.reviewId());
                insert.setString(2, draft.kind());
                insert.setString(3, draft.language().code());
                insert.setString(4, draft.inputsDigest());
                insert.setString(5, draft.sha256());
                insert.setString(6, draft.fileName());
                insert.setInt(7, draft.wordCount());
                Rows.setInstant(insert, 8, draft.generatedAt());
                insert.executeUpdate();
            }
            EventLog.append(connection, Event.of(draft.generatedAt(), Event.PIPELINE, "report.draft.written",
                    draft.reviewId(), draft.sha256(), draft.kind() + " " + draft.language().code() + " " + draft.fileName()));
            return null;
        });
    }

    /** The latest draft of this kind and language written for the review. */
    public Optional<ReportDraft> latestDraft(String reviewId, String kind, Language language) {
        String sql = "SELECT " + DRAFT_COLUMNS + " FROM report_draft WHERE review_id = ? AND report_kind = ? "
                + "AND language = ? ORDER BY id DESC";
        return transactions.read("read the drafts of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, reviewId);
                select.setString(2, kind);
                select.setString(3, language.code());
                select.setMaxRows(1);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(draft(row)) : Optional.empty();
                }
            }
        });
    }

    /** Every draft written for the review, oldest first. */
    public List<ReportDraft> drafts(String reviewId) {
        String sql = "SELECT " + DRAFT_COLUMNS + " FROM report_draft WHERE review_id = ? ORDER BY id";
        return transactions.read("read the drafts of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, reviewId);
                List<ReportDraft> drafts = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        drafts.add(draft(rows));
                    }
                }
                return drafts;
            }
        });
    }

    /** The draft written with exactly these bytes, if the pipeline wrote one. */
    public Optional<ReportDraft> draftBySha256(String sha256) {
        String sql = "SELECT " + DRAFT_COLUMNS + " FROM report_draft WHERE sha256 = ? ORDER BY id";
        return transactions.read("look up draft " + sha256, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, sha256);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(draft(row)) : Optional.empty();
                }
            }
        });
    }

    private static List<ReportBlockVersion> versions(Connection connection, String reviewId) throws SQLException {
        String sql = "SELECT " + VERSION_COLUMNS + " FROM report_block_version v JOIN report_block b "
                + "ON b.review_id = v.review_id AND b.block_key = v.block_key WHERE v.review_id = ? "
                + "ORDER BY v.block_key, v.version";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, reviewId);
            List<ReportBlockVersion> versions = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    versions.add(new ReportBlockVersion(row.getString("review_id"), row.getString("block_key"),
                            row.getString("provision_id"), row.getString("kind"), row.getString("category"),
                            row.getString("priority"), row.getInt("version"), row.getString("block_text"), Language.of(row.getString("text_language")),
                            row.getBoolean("edited"), row.getString("author"), row.getString("source"),
                            row.getString("source_sha256"), Rows.instant(row, "recorded_at")));
                }
            }
            return versions;
        }
    }

    /** A drawn version about to be inserted. */
    private record NewVersion(String blockKey, int version, String text, Language language, String author, String source) { }

    private static void insertBlocks(Connection connection, String reviewId, List<Drawn> blocks, Instant at)
            throws SQLException {
        String sql = "INSERT INTO report_block (review_id, block_key, provision_id, kind, category, created_at, priority) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Drawn block : blocks) {
                insert.setString(1, reviewId);
                insert.setString(2, block.blockKey());
                insert.setString(3, block.provisionId());
                insert.setString(4, block.kind());
                insert.setString(5, block.category());
                Rows.setInstant(insert, 6, at);
                insert.setString(7, block.priority());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Each block's priority as kept, by block key. */
    private static Map<String, String> latestPriority(Connection connection, String reviewId) throws SQLException {
        Map<String, String> priorities = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT block_key, priority FROM report_block WHERE review_id = ?")) {
            select.setString(1, reviewId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    priorities.put(row.getString("block_key"), row.getString("priority"));
                }
            }
        }
        return priorities;
    }

    /** A need the State rated again in a later return keeps its block, with the priority it now has. */
    private static void updatePriorities(Connection connection, String reviewId, java.util.Collection<Drawn> drawn,
                                         Map<String, String> kept) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE report_block SET priority = ? WHERE review_id = ? AND block_key = ?")) {
            boolean any = false;
            for (Drawn block : drawn) {
                if (kept.containsKey(block.blockKey()) && !Objects.equals(kept.get(block.blockKey()), block.priority())) {
                    update.setString(1, block.priority());
                    update.setString(2, reviewId);
                    update.setString(3, block.blockKey());
                    update.addBatch();
                    any = true;
                }
            }
            if (any) {
                update.executeBatch();
            }
        }
    }

    private static void insertDrawnVersions(Connection connection, String reviewId, List<NewVersion> versions, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_VERSION)) {
            for (NewVersion version : versions) {
                setVersion(insert, reviewId, version.blockKey(), version.version(), version.text(), version.language(),
                        false, version.author(), version.source(), null, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertVersion(Connection connection, String reviewId, String blockKey, int version, String text,
                                      Language language, boolean edited, String author, String source,
                                      String sourceSha256, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_VERSION)) {
            setVersion(insert, reviewId, blockKey, version, text, language, edited, author, source, sourceSha256, at);
            insert.executeUpdate();
        }
    }

    private static void setVersion(PreparedStatement insert, String reviewId, String blockKey, int version, String text,
                                   Language language, boolean edited, String author, String source,
                                   String sourceSha256, Instant at) throws SQLException {
        insert.setString(1, reviewId);
        insert.setString(2, blockKey);
        insert.setInt(3, version);
        insert.setString(4, text);
        insert.setString(5, language.code());
        insert.setBoolean(6, edited);
        insert.setString(7, author == null || author.isBlank() ? Event.PIPELINE : author);
        insert.setString(8, source == null ? "" : source);
        insert.setString(9, sourceSha256);
        Rows.setInstant(insert, 10, at);
    }

    private static ReportDraft draft(ResultSet row) throws SQLException {
        return new ReportDraft(row.getString("review_id"), row.getString("report_kind"),
                Language.of(row.getString("language")), row.getString("inputs_digest"), row.getString("sha256"),
                row.getString("file_name"), row.getInt("word_count"), Rows.instant(row, "generated_at"));
    }
}
