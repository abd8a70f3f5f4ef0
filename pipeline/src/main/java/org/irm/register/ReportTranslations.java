package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irm.catalogue.Language;

/**
 * The translators' work on report blocks: every version of every block's translation into each
 * language, as taken back from XLIFF files ({@code irm translate import}). Versions are only ever
 * added; drafts show the latest of each block and language.
 */
public final class ReportTranslations {

    private static final String COLUMNS = "review_id, block_key, target_language, version, source_language, source_sha256, "
            + "translated_text, translator, file_name, file_sha256, recorded_at";

    private final Transactions transactions;

    ReportTranslations(Transactions transactions) {
        this.transactions = transactions;
    }

    /** One block's translation about to be recorded. */
    public record NewTranslation(String blockKey, Language sourceLanguage, String sourceSha256, String text) { }

    /** What recording a file's translations did: versions added, and those equal to the latest already kept. */
    public record Recorded(List<BlockTranslation> added, int unchanged) { }

    /**
     * Records the translations of one file into one language, in one transaction, each as its
     * block's next version unless the latest already says the same of the same source; logs the file.
     *
     * @throws IllegalArgumentException when the review has no block of one of the keys (nothing is recorded)
     */
    public Recorded record(String reviewId, Language language, List<NewTranslation> translations, String translator,
                           String fileName, String fileSha256, Instant at) {
        return transactions.write("record the translations of " + fileName, connection -> {
            Set<String> blocks = blockKeys(connection, reviewId);
            Map<String, BlockTranslation> latest = new LinkedHashMap<>();
            for (BlockTranslation kept : all(connection, reviewId)) {
                if (kept.language() == language) {
                    latest.put(kept.blockKey(), kept);
                }
            }
            List<BlockTranslation> added = new ArrayList<>();
            int unchanged = 0;
            String sql = "INSERT INTO report_translation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (NewTranslation translation : translations) {
                    if (!blocks.contains(translation.blockKey())) {
                        throw new IllegalArgumentException("The review " + reviewId + " has no report block "
                                + translation.blockKey());
                    }
                    BlockTranslation previous = latest.get(translation.blockKey());
                    if (previous != null && previous.text().equals(translation.text())
                            && previous.sourceSha256().equals(translation.sourceSha256())) {
                        unchanged++;
                        continue;
                    }
                    BlockTranslation next = new BlockTranslation(reviewId, translation.blockKey(), language,
                            previous == null ? 1 : previous.version() + 1, translation.sourceLanguage(),
                            translation.sourceSha256(), translation.text(), translator, fileName, fileSha256, at);
                    set(insert, next);
                    insert.addBatch();
                    added.add(next);
                    latest.put(next.blockKey(), next);
                }
                if (!added.isEmpty()) {
                    insert.executeBatch();
                }
            }
            EventLog.append(connection, Event.of(at, translator, "report.translation.imported", reviewId, fileSha256,
                    added.size() + " block translations into " + language.code() + " from " + fileName + " ("
                            + unchanged + " unchanged)"));
            return new Recorded(List.copyOf(added), unchanged);
        });
    }

    /** The latest translation of each block into each language, by block key then language. */
    public List<BlockTranslation> latest(String reviewId) {
        return transactions.read("read the translations of " + reviewId, connection -> {
            Map<String, BlockTranslation> latest = new LinkedHashMap<>();
            for (BlockTranslation translation : all(connection, reviewId)) {
                latest.put(translation.blockKey() + "\n" + translation.language().code(), translation);
            }
            return List.copyOf(latest.values());
        });
    }

    private static Set<String> blockKeys(Connection connection, String reviewId) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT block_key FROM report_block WHERE review_id = ?")) {
            select.setString(1, reviewId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    /** Every version, oldest first within each block and language. */
    private static List<BlockTranslation> all(Connection connection, String reviewId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM report_translation WHERE review_id = ? "
                + "ORDER BY block_key, target_language, version";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, reviewId);
            List<BlockTranslation> translations = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    translations.add(new BlockTranslation(row.getString("review_id"), row.getString("block_key"),
                            Language.of(row.getString("target_language")), row.getInt("version"),
                            Language.of(row.getString("source_language")), row.getString("source_sha256"),
                            row.getString("translated_text"), row.getString("translator"), row.getString("file_name"),
                            row.getString("file_sha256"), Rows.instant(row, "recorded_at")));
                }
            }
            return translations;
        }
    }

    private static void set(PreparedStatement insert, BlockTranslation translation) throws SQLException {
        insert.setString(1, translation.reviewId());
        insert.setString(2, translation.blockKey());
        insert.setString(3, translation.language().code());
        insert.setInt(4, translation.version());
        insert.setString(5, translation.sourceLanguage().code());
        insert.setString(6, translation.sourceSha256());
        insert.setString(7, translation.text());
        insert.setString(8, translation.translator());
        insert.setString(9, translation.fileName());
        insert.setString(10, translation.fileSha256());
        Rows.setInstant(insert, 11, translation.recordedAt());
    }
}
