package org.irm.register;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps an embedded H2 register open while a batch of calls runs (the drafts of a State, of many
 * States). The register opens a connection per call, and H2 opens the database file on the first
 * connection and closes it, compacting the file, when the last one closes: for a call that
 * does one small read or write, that costs a hundred times the work. Holding one idle connection
 * for the batch lets every call in it find the database open. It holds no transaction and no
 * lock on any row, so what the calls commit is exactly what they would commit without it.
 *
 * <p>For a database that is not embedded H2 (PostgreSQL, an H2 server) it holds nothing. Close
 * it when the batch is done: while it is open, another process cannot open the same embedded
 * file (as while any call of the register runs).
 */
public final class HeldOpen implements AutoCloseable {

    private final Connection connection;

    private HeldOpen(Connection connection) {
        this.connection = connection;
    }

    /** Holds the register's database open until {@link #close()}. */
    public static HeldOpen during(Register register) {
        Transactions transactions = register.transactions();
        RegisterDatabase database = transactions.database();
        if (!isEmbeddedH2(database.url())) {
            return new HeldOpen(null);
        }
        try {
            return new HeldOpen(database.connect());
        } catch (SQLException e) {
            throw transactions.failure("open the register", e);
        }
    }

    static boolean isEmbeddedH2(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Every call of the batch has committed on its own connection; closing the idle one loses nothing.
            throw new RegisterException("Cannot close the register: " + e.getMessage(), e);
        }
    }
}
