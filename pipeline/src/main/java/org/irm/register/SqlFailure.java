package org.irm.register;

import java.sql.SQLException;

/**
 * Words an SQL failure for a user. Some database messages do not help, or mislead: H2 reports a
 * lock timeout on an insert that waits for another transaction's uncommitted row of the same key
 * as "Timeout trying to lock table {0}", its placeholder never filled in. Those are said plainly;
 * any other failure keeps the database's own message.
 */
final class SqlFailure {

    /** H2's and PostgreSQL's "lock not available / timed out" (H2 error 50200 is state HYT00). */
    private static final String LOCK_TIMEOUT = "HYT00";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String SERIALIZATION = "40001";
    private static final String DEADLOCK = "40P01";

    private SqlFailure() {
    }

    static String why(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals(LOCK_TIMEOUT) || state.equals(LOCK_NOT_AVAILABLE) || e.getErrorCode() == 50200) {
            return "the register was busy: another pipeline instance or command held the same rows for longer than the"
                    + " lock timeout. Nothing was written; try again (a running pipeline tries again at its next look).";
        }
        if (state.equals(SERIALIZATION) || state.equals(DEADLOCK)) {
            return "another pipeline instance or command wrote the same rows at the same time. Nothing was written; try"
                    + " again (a running pipeline tries again at its next look).";
        }
        return e.getMessage();
    }
}
