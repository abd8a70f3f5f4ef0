package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's coding of technical-assistance needs (issue 15, table {@code need_coding}):
 * every decision is added, none changed, so who coded what and when stays readable; a need's
 * coding is its latest decision. The needs themselves are report blocks ({@link ReportRecords}).
 */
public final class NeedCodings {

    private static final String COLUMNS = "review_id, block_key, category, subcategory, tags, confirmed, coded_by, "
            + "coded_at, source_name, source_sha256";

    private final Transactions transactions;

    NeedCodings(Transactions transactions) {
        this.transactions = transactions;
    }

    /** A need's place: the review and the report block. */
    public record NeedKey(String reviewId, String blockKey) { }

    /**
     * Records the decisions in one transaction, in the order given, and logs one
     * {@code analysis.needs.coded} event naming who and from which file. Returns how many were recorded.
     */
    public int record(List<NeedCoding> codings) {
        if (codings.isEmpty()) {
            return 0;
        }
        return transactions.write("record the coding of " + codings.size() + " needs", connection -> {
            String sql = "INSERT INTO need_coding (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (NeedCoding coding : codings) {
                    insert.setString(1, coding.reviewId());
                    insert.setString(2, coding.blockKey());
                    insert.setString(3, coding.category());
                    insert.setString(4, coding.subcategory());
                    insert.setString(5, String.join(",", coding.tags()));
                    insert.setBoolean(6, coding.confirmed());
                    insert.setString(7, coding.codedBy());
                    Rows.setInstant(insert, 8, coding.codedAt());
                    insert.setString(9, coding.sourceName());
                    insert.setString(10, coding.sourceSha256());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            NeedCoding first = codings.get(0);
            EventLog.append(connection, Event.of(first.codedAt(), first.codedBy(), "analysis.needs.coded", null,
                    first.sourceSha256(), codings.size() + " needs coded"
                            + (first.sourceName() == null ? "" : " from " + first.sourceName())));
            return codings.size();
        });
    }

    /** Every need's latest decision. */
    public Map<NeedKey, NeedCoding> latest() {
        Map<NeedKey, NeedCoding> latest = new LinkedHashMap<>();
        all().forEach(coding -> latest.put(new NeedKey(coding.reviewId(), coding.blockKey()), coding));
        return latest;
    }

    /** Every decision recorded for one need, oldest first. */
    public List<NeedCoding> history(String reviewId, String blockKey) {
        return all().stream().filter(c -> c.reviewId().equals(reviewId) && c.blockKey().equals(blockKey)).toList();
    }

    /** Every decision, oldest first. */
    public List<NeedCoding> all() {
        return transactions.read("read the coding of the needs", NeedCodings::select);
    }

    private static List<NeedCoding> select(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM need_coding ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            List<NeedCoding> codings = new ArrayList<>();
            while (rows.next()) {
                String tags = rows.getString("tags");
                codings.add(new NeedCoding(rows.getString("review_id"), rows.getString("block_key"),
                        rows.getString("category"), rows.getString("subcategory"),
                        tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), rows.getBoolean("confirmed"),
                        rows.getString("coded_by"), Rows.instant(rows, "coded_at"), rows.getString("source_name"),
                        rows.getString("source_sha256")));
            }
            return codings;
        }
    }
}
