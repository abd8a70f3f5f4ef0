package org.irm.register;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work on one connection of the register, reading or in one transaction, and turns SQL
 * failures into a {@link RegisterException} that names the database and what was being done.
 * Every part of the register (checklists and submissions, reviews, reports, lots) goes through
 * one of these, so each keeps its own class and none reaches into another's.
 */
final class Transactions {

    /** Work on one connection; it may throw SQL failures, which the caller words. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final RegisterDatabase database;

    Transactions(RegisterDatabase database) {
        this.database = database;
    }

    RegisterDatabase database() {
        return database;
    }

    /** Runs work that only reads, with the connection in auto-commit. */
    <T> T read(String doing, Work<T> work) {
        try (Connection connection = database.connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(doing, e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    <T> T write(String doing, Work<T> work) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(doing, e);
        }
    }

    RegisterException failure(String doing, SQLException e) {
        return new RegisterException("Cannot " + doing + " in the register at " + database.describe() + ": "
                + SqlFailure.why(e), e);
    }
}
