package org.irm.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.irm.register.RegisterDatabase;

/**
 * The real PostgreSQL server the register's PostgreSQL tests run against, given by
 * {@code -Dirm.test.postgres.url=jdbc:postgresql://127.0.0.1:5432/irm_test} (and
 * {@code -Dirm.test.postgres.user}, {@code -Dirm.test.postgres.password}); {@code .ci/run} starts
 * a private server and passes them. Without it a test is skipped with the reason, on a developer's
 * machine; in CI ({@code CI=true}) it fails instead, so the PostgreSQL tests cannot go quietly
 * unrun there. Each test gets a schema of its own in that database, so tests never see each
 * other's rows and a database used before needs no cleaning.
 */
public final class PostgresServer {

    public static final String URL = "irm.test.postgres.url";
    public static final String USER = "irm.test.postgres.user";
    public static final String PASSWORD = "irm.test.postgres.password";

    private PostgresServer() {
    }

    /** A new, empty schema on the server, as the register's database (the URL selects the schema). */
    public static RegisterDatabase freshDatabase() {
        String url = url();
        String user = System.getProperty(USER, "irm");
        String password = System.getProperty(PASSWORD, "");
        String schema = "irm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("PostgreSQL given by -D" + URL + "=" + url + " cannot be used by " + user + ": " + e.getMessage());
        }
        return new RegisterDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    /** The server's JDBC URL; skips the calling test without one, or fails it in CI. */
    private static String url() {
        String url = System.getProperty(URL, "").trim();
        if (url.startsWith("jdbc:postgresql:")) {
            return url;
        }
        String why = "needs a PostgreSQL server: pass -D" + URL + "=jdbc:postgresql://127.0.0.1:5432/irm_test (and -D"
                + USER + ", -D" + PASSWORD + " for a database that user may create schemas in); .ci/run starts one";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, and the PostgreSQL tests must run there, not be skipped: " + why);
        }
        assumeTrue(false, why);
        return url;
    }
}
