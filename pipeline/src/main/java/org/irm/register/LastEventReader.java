package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The id of the last event logged ({@link Register#lastEventId}), read on a connection and statement
 * kept open for it: a reader that asks at every request whether the register changed (the console,
 * to know whether the pages it keeps are current) spends one small query on it instead of a new
 * connection and a parse. Each read is its own auto-committed query, so it sees every event committed
 * before it began. A connection that fails is dropped and opened again at the next read; close it
 * before the register.
 */
public final class LastEventReader implements AutoCloseable {

    private final Transactions transactions;
    // Guarded by this.
    private Connection connection;
    private PreparedStatement select;

    LastEventReader(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The id of the last event logged, 0 when there is none. */
    public synchronized long read() {
        try {
            if (connection == null) {
                connection = transactions.database().connect();
                select = connection.prepareStatement("SELECT MAX(id) FROM event");
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            close();
            throw transactions.failure("read the event log's last id", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // Dropped either way: the next read opens a new connection.
        } finally {
            connection = null;
            select = null;
        }
    }
}
