package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irm.catalogue.Language;

/**
 * The reminders and notifications the pipeline sent of its own accord, one row per
 * {@link NoticeKey}. A message is claimed here before it is put in the mail queue, and marked
 * queued after: the unique key keeps a second instance (or a second run) from sending it again,
 * and a claim left unqueued by a stop is taken up again by its own instance at once, or by any
 * instance once it is older than the expiry.
 */
public final class Notices {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "kind, review_id, subject, deadline, offset_days, recipient, language, "
            + "instance, claimed_at, queued_at, attachment";
    private static final String BY_KEY = "kind = ? AND review_id = ? AND subject = ? AND deadline = ? "
            + "AND offset_days = ? AND recipient = ?";

    /** What a claim came to. */
    public enum Claim {
        /** Claimed now for the first time: compose and queue it. */
        NEW,
        /** Claimed before and never queued (a stop came between); now this instance's: queue it. */
        RESUMED,
        /** Queued already, or claimed by another instance that is still at it: leave it. */
        TAKEN;

        /** True when the caller is to queue the message. */
        public boolean toQueue() {
            return this != TAKEN;
        }
    }

    private final Transactions transactions;
    private final Duration expiry;

    /** @param expiry how long a claim that was never queued keeps other instances off it */
    public Notices(Register register, Duration expiry) {
        this.transactions = register.transactions();
        this.expiry = expiry;
    }

    /** Claims a notice for an instance (see {@link Claim}). */
    public Claim claim(NoticeKey key, Language language, String instance, Instant now) {
        return transactions.read("claim the notice " + key.kind() + " " + key.reviewId(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notice (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
                int i = setKey(insert, 1, key);
                insert.setString(i++, language.code());
                insert.setString(i++, instance);
                Rows.setInstant(insert, i, now);
                insert.executeUpdate();
                return Claim.NEW;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            // One conditional update: of two instances taking up the same stale claim, one wins.
            try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET instance = ?, claimed_at = ? "
                    + "WHERE " + BY_KEY + " AND queued_at IS NULL AND (instance = ? OR claimed_at < ?)")) {
                update.setString(1, instance);
                Rows.setInstant(update, 2, now);
                int i = setKey(update, 3, key);
                update.setString(i++, instance);
                Rows.setInstant(update, i, now.minus(expiry));
                return update.executeUpdate() == 1 ? Claim.RESUMED : Claim.TAKEN;
            }
        });
    }

    /** Records the file the notice's message attaches, so that composing it again attaches the same. */
    public void attach(NoticeKey key, String attachment) {
        update("record the attachment of", "UPDATE notice SET attachment = ? WHERE " + BY_KEY, key,
                statement -> statement.setString(1, attachment));
    }

    /** Records that the notice's message is in the mail queue, and logs it ({@code notice.queued}, subject the review). */
    public void markQueued(NoticeKey key, Instant at) {
        transactions.write("mark queued the notice " + key.kind() + " " + key.reviewId(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET queued_at = ? WHERE " + BY_KEY
                    + " AND queued_at IS NULL")) {
                Rows.setInstant(update, 1, at);
                setKey(update, 2, key);
                if (update.executeUpdate() == 1) {
                    EventLog.append(connection, Event.of(at, Event.PIPELINE, "notice.queued", key.reviewId(), null,
                            key.kind() + " " + key.subject() + " " + key.deadline() + " " + key.offsetDays() + "d to "
                                    + key.recipient()));
                }
            }
            return null;
        });
    }

    /** The notice with this key, if it was ever claimed. */
    public Optional<NoticeRecord> find(NoticeKey key) {
        return transactions.read("read the notice " + key.kind() + " " + key.reviewId(), connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM notice WHERE " + BY_KEY)) {
                setKey(select, 1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(record(row)) : Optional.empty();
                }
            }
        });
    }

    /** Every notice claimed, oldest first; of one review, or of all when {@code reviewId} is null. */
    public List<NoticeRecord> list(String reviewId) {
        String sql = "SELECT " + COLUMNS + " FROM notice" + (reviewId == null ? "" : " WHERE review_id = ?") + " ORDER BY id";
        return transactions.read("list the notices", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (reviewId != null) {
                    select.setString(1, reviewId);
                }
                List<NoticeRecord> records = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        records.add(record(rows));
                    }
                }
                return records;
            }
        });
    }

    private interface Values {
        void set(PreparedStatement statement) throws SQLException;
    }

    private void update(String doing, String sql, NoticeKey key, Values values) {
        transactions.write(doing + " the notice " + key.kind() + " " + key.reviewId(), (Connection connection) -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                values.set(update);
                setKey(update, 2, key);
                return update.executeUpdate();
            }
        });
    }

    private static int setKey(PreparedStatement statement, int first, NoticeKey key) throws SQLException {
        int i = first;
        statement.setString(i++, key.kind());
        statement.setString(i++, key.reviewId());
        statement.setString(i++, key.subject());
        statement.setString(i++, key.deadline());
        statement.setInt(i++, key.offsetDays());
        statement.setString(i++, key.recipient());
        return i;
    }

    private static NoticeRecord record(ResultSet row) throws SQLException {
        NoticeKey key = new NoticeKey(row.getString("kind"), row.getString("review_id"), row.getString("subject"),
                row.getString("deadline"), row.getInt("offset_days"), row.getString("recipient"));
        Instant queued = row.getObject("queued_at") == null ? null : Rows.instant(row, "queued_at");
        return new NoticeRecord(key, Language.of(row.getString("language")), row.getString("instance"),
                Rows.instant(row, "claimed_at"), queued, row.getString("attachment"));
    }
}
