package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The console's user accounts (table {@code console_user}): storage only. Whoever decides (who may
 * log in, what a role sees) lives in the console; every change here is logged in the same
 * transaction, so the audit log tells who added, disabled, unlocked or locked an account, and every
 * login.
 */
public final class ConsoleAccounts {

    private static final String COLUMNS =
            "login, role, state, password_hash, language, disabled, failed_logins, locked_at, created_at";

    private final Transactions transactions;

    public ConsoleAccounts(Register register) {
        this.transactions = register.transactions();
    }

    /**
     * Adds an account and logs {@code user.added}.
     *
     * @throws IllegalArgumentException when the login is taken, or a State is named the register does not know
     */
    public ConsoleAccount add(ConsoleAccount account, String actor) {
        String problem = transactions.write("add console user " + account.login(), connection -> {
            if (find(connection, account.login()).isPresent()) {
                return "There is already a user '" + account.login() + "': choose another login.";
            }
            if (account.state() != null && !stateKnown(connection, account.state())) {
                return "The register does not know the State '" + account.state()
                        + "': use an ISO 3166 alpha-3 code from templates/states/states.csv.";
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO console_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, account.login());
                insert.setString(2, account.role());
                insert.setString(3, account.state());
                insert.setString(4, account.passwordHash());
                insert.setString(5, account.language());
                insert.setBoolean(6, account.disabled());
                insert.setInt(7, account.failedLogins());
                if (account.lockedAt() == null) {
                    insert.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    Rows.setInstant(insert, 8, account.lockedAt());
                }
                Rows.setInstant(insert, 9, account.createdAt());
                insert.executeUpdate();
            }
            EventLog.append(connection, Event.of(account.createdAt(), actor, "user.added", account.state(), null,
                    account.login() + " (" + account.role() + ")"));
            return null;
        });
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return account;
    }

    public Optional<ConsoleAccount> find(String login) {
        return transactions.read("look up console user", connection -> find(connection, login));
    }

    /** Every account, by login. */
    public List<ConsoleAccount> all() {
        return transactions.read("list console users", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM console_user ORDER BY login")) {
                List<ConsoleAccount> accounts = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        accounts.add(account(rows));
                    }
                }
                return accounts;
            }
        });
    }

    /** Disables an account (it can no longer log in; its open sessions end at their next request); logs {@code user.disabled}. */
    public boolean disable(String login, String actor, Instant at) {
        return update(login, "UPDATE console_user SET disabled = TRUE WHERE login = ?", actor, "user.disabled", at, null);
    }

    /** Enables an account again and unlocks it (wrong passwords forgotten); logs {@code user.enabled}. */
    public boolean enable(String login, String actor, Instant at) {
        return update(login, "UPDATE console_user SET disabled = FALSE, failed_logins = 0, locked_at = NULL WHERE login = ?",
                actor, "user.enabled", at, null);
    }

    /** Keeps the language the user chose for the console. */
    public void setLanguage(String login, String language) {
        transactions.write("keep a console user's language", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE console_user SET language = ? WHERE login = ?")) {
                update.setString(1, language);
                update.setString(2, login);
                return update.executeUpdate();
            }
        });
    }

    /** A good password: the count of wrong ones starts again; logs {@code console.login} from the address. */
    public void loggedIn(String login, String from, Instant at) {
        update(login, "UPDATE console_user SET failed_logins = 0 WHERE login = ?", login, "console.login", at,
                "from " + from);
    }

    /**
     * A wrong password: counted, and the account locked when the count reaches {@code lockAfter}; logs
     * {@code console.loginRefused} and, when it locks, {@code console.locked}. Returns the account after.
     */
    public Optional<ConsoleAccount> wrongPassword(String login, String from, int lockAfter, Instant at) {
        return transactions.write("count a wrong console password", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE console_user SET failed_logins = failed_logins + 1 WHERE login = ?")) {
                update.setString(1, login);
                if (update.executeUpdate() == 0) {
                    return Optional.<ConsoleAccount>empty();
                }
            }
            ConsoleAccount account = find(connection, login).orElseThrow();
            EventLog.append(connection, Event.of(at, login, "console.loginRefused", login, null,
                    "wrong password " + account.failedLogins() + " from " + from));
            if (account.failedLogins() >= lockAfter && !account.locked()) {
                try (PreparedStatement lock = connection.prepareStatement(
                        "UPDATE console_user SET locked_at = ? WHERE login = ?")) {
                    Rows.setInstant(lock, 1, at);
                    lock.setString(2, login);
                    lock.executeUpdate();
                }
                EventLog.append(connection, Event.of(at, login, "console.locked", login, null,
                        account.failedLogins() + " wrong passwords in a row"));
                account = find(connection, login).orElseThrow();
            }
            return Optional.of(account);
        });
    }

    private boolean update(String login, String sql, String actor, String action, Instant at, String detail) {
        return transactions.write(action + " " + login, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, login);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            EventLog.append(connection, Event.of(at, actor, action, login, null, detail));
            return true;
        });
    }

    private static Optional<ConsoleAccount> find(Connection connection, String login) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM console_user WHERE login = ?")) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(account(row)) : Optional.empty();
            }
        }
    }

    private static ConsoleAccount account(ResultSet row) throws SQLException {
        return new ConsoleAccount(row.getString("login"), row.getString("role"), row.getString("state"),
                row.getString("password_hash"), row.getString("language"), row.getBoolean("disabled"),
                row.getInt("failed_logins"),
                row.getObject("locked_at") == null ? null : Rows.instant(row, "locked_at"), Rows.instant(row, "created_at"));
    }

    private static boolean stateKnown(Connection connection, String iso3) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM state WHERE iso3 = ?")) {
            select.setString(1, iso3);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
