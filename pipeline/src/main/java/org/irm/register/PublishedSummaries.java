package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irm.catalogue.Language;

/**
 * Which executive summary drafts are published (table {@code published_summary}): storage only. Who may
 * publish, and what publishing shows, is the console's to decide. Every change is logged in the same
 * transaction ({@code summary.published}, {@code summary.withdrawn}).
 */
public final class PublishedSummaries {

    private static final String COLUMNS = "sha256, review_id, state, language, published_at, published_by";

    private final Transactions transactions;

    public PublishedSummaries(Register register) {
        this.transactions = register.transactions();
    }

    /** Publishes this draft of a State's summary; false when it was published already (nothing changes). */
    public boolean publish(ReportDraft draft, String state, String actor, Instant at) {
        if (!"summary".equals(draft.kind())) {
            throw new IllegalArgumentException("Only an executive summary is published; " + draft.fileName() + " is a "
                    + draft.kind());
        }
        return transactions.write("publish the summary " + draft.fileName(), connection -> {
            if (find(connection, draft.sha256()).isPresent()) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO published_summary (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, draft.sha256());
                insert.setString(2, draft.reviewId());
                insert.setString(3, state);
                insert.setString(4, draft.language().code());
                Rows.setInstant(insert, 5, at);
                insert.setString(6, actor);
                insert.executeUpdate();
            }
            EventLog.append(connection, Event.of(at, actor, "summary.published", draft.reviewId(), draft.sha256(),
                    draft.fileName()));
            return true;
        });
    }

    /** Withdraws a published summary; false when it was not published. */
    public boolean withdraw(String sha256, String actor, Instant at) {
        return transactions.write("withdraw the summary " + sha256, connection -> {
            Optional<PublishedSummary> published = find(connection, sha256);
            if (published.isEmpty()) {
                return false;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM published_summary WHERE sha256 = ?")) {
                delete.setString(1, sha256);
                delete.executeUpdate();
            }
            EventLog.append(connection, Event.of(at, actor, "summary.withdrawn", published.get().reviewId(), sha256, null));
            return true;
        });
    }

    public Optional<PublishedSummary> find(String sha256) {
        return transactions.read("look up a published summary", connection -> find(connection, sha256));
    }

    /** Every published summary, by State, then language. */
    public List<PublishedSummary> all() {
        return transactions.read("list the published summaries", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM published_summary ORDER BY state, language, published_at")) {
                List<PublishedSummary> summaries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(summary(rows));
                    }
                }
                return summaries;
            }
        });
    }

    private static Optional<PublishedSummary> find(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM published_summary WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(summary(rows)) : Optional.empty();
            }
        }
    }

    private static PublishedSummary summary(ResultSet row) throws SQLException {
        return new PublishedSummary(row.getString("sha256"), row.getString("review_id"), row.getString("state"),
                Language.of(row.getString("language")), Rows.instant(row, "published_at"), row.getString("published_by"));
    }
}
