package org.irm.register;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Claims on work shared by several pipeline instances (a file in the shared inbox, a message in
 * the shared mailbox), kept in the register so every instance sees them: the first instance to
 * claim a key takes the work, the others leave it alone. A claim is re-entrant for the instance
 * that holds it (a restarted instance takes up its own work at once), and a claim older than the
 * expiry may be taken over by anyone, so an instance killed mid-work never blocks a file forever.
 */
public final class IntakeClaims {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final Duration expiry;

    public IntakeClaims(Register register, Duration expiry) {
        this.transactions = register.transactions();
        this.expiry = expiry;
    }

    /**
     * Claims the key for the instance: true when it is now the instance's (newly, again, or taken
     * over from a stale claim), false when another instance holds a claim younger than the expiry.
     */
    public boolean claim(String key, String instance, Instant now) {
        return transactions.read("claim " + key, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO intake_claim (claim_key, instance, claimed_at) VALUES (?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, instance);
                Rows.setInstant(insert, 3, now);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            // One conditional update: of two instances taking over the same stale claim, one wins.
            try (PreparedStatement update = connection.prepareStatement("UPDATE intake_claim SET instance = ?, "
                    + "claimed_at = ? WHERE claim_key = ? AND (instance = ? OR claimed_at < ?)")) {
                update.setString(1, instance);
                Rows.setInstant(update, 2, now);
                update.setString(3, key);
                update.setString(4, instance);
                Rows.setInstant(update, 5, now.minus(expiry));
                return update.executeUpdate() == 1;
            }
        });
    }

    /** True when some instance holds a claim on the key that has not expired. */
    public boolean claimed(String key, Instant now) {
        return transactions.read("look up claim " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM intake_claim WHERE claim_key = ? AND claimed_at >= ?")) {
                select.setString(1, key);
                Rows.setInstant(select, 2, now.minus(expiry));
                try (var rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Gives the instance's claim on the key up (its work failed and is to be tried again by anyone). */
    public void release(String key, String instance) {
        transactions.read("release claim " + key, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM intake_claim WHERE claim_key = ? AND instance = ?")) {
                delete.setString(1, key);
                delete.setString(2, instance);
                return delete.executeUpdate();
            }
        });
    }

    /** Forgets expired claims (their work is long done or long abandoned); returns how many. */
    public int forgetExpired(Instant now) {
        return transactions.read("forget expired claims", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM intake_claim WHERE claimed_at < ?")) {
                Rows.setInstant(delete, 1, now.minus(expiry));
                return delete.executeUpdate();
            }
        });
    }
}
