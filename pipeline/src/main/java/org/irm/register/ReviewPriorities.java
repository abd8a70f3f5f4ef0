package org.irm.register;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The priorities the secretariat set by hand on provisions of a review ({@code irm review
 * priority}): they win over the template's rule. Obtained from {@link Register#reviewPriorities}.
 * Every change is logged in the same transaction ({@code review.priority}; subject: the review id).
 */
public final class ReviewPriorities {

    private final Transactions transactions;
    private final Clock clock;

    ReviewPriorities(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Sets the level of these provisions of a review, or clears it (back to the template's rule) when
     * {@code level} is null.
     */
    public void set(String reviewId, Collection<String> provisionIds, String level, String actor) {
        List<String> provisions = provisionIds.stream().distinct().toList();
        if (provisions.isEmpty()) {
            return;
        }
        transactions.write("set the priority of " + provisions.size() + " provisions of " + reviewId, connection -> {
            Instant now = clock.instant();
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM review_priority WHERE review_id = ? AND provision_id = ?")) {
                for (String provision : provisions) {
                    delete.setString(1, reviewId);
                    delete.setString(2, provision);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            if (level != null) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_priority (review_id,"
                        + " provision_id, level, set_at, set_by) VALUES (?, ?, ?, ?, ?)")) {
                    for (String provision : provisions) {
                        insert.setString(1, reviewId);
                        insert.setString(2, provision);
                        insert.setString(3, level);
                        Rows.setInstant(insert, 4, now);
                        insert.setString(5, actor);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            EventLog.append(connection, Event.of(now, actor, "review.priority", reviewId, null,
                    (level == null ? "rule's priority again for " : level + " for ") + String.join(", ", provisions)));
            return null;
        });
    }

    /** The levels the secretariat set on provisions of a review, by provision id. */
    public Map<String, String> of(String reviewId) {
        return transactions.read("read the priorities of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT provision_id, level FROM review_priority WHERE review_id = ? ORDER BY provision_id")) {
                select.setString(1, reviewId);
                Map<String, String> levels = new LinkedHashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        levels.put(rows.getString(1), rows.getString(2));
                    }
                }
                return levels;
            }
        });
    }
}
