package org.irm.register;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;

/**
 * Where the register lives and how to log in: the JDBC URL, user and password from the
 * configuration. An embedded H2 file path that is relative is resolved against {@code irm.home},
 * so the register does not move with the directory the command was started from.
 */
public record RegisterDatabase(String url, String user, String password) {

    private static final String H2_FILE = "jdbc:h2:file:";

    public RegisterDatabase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public static RegisterDatabase from(IrmConfig config) {
        return new RegisterDatabase(resolveH2File(config.get(Setting.DB_URL), config.home()),
                config.get(Setting.DB_USER), config.get(Setting.DB_PASSWORD));
    }

    /** Makes {@code jdbc:h2:file:<relative path>} absolute under home; other URLs pass unchanged. */
    static String resolveH2File(String url, Path home) {
        if (!url.startsWith(H2_FILE)) {
            return url;
        }
        String rest = url.substring(H2_FILE.length());
        int semicolon = rest.indexOf(';');
        String file = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String options = semicolon < 0 ? "" : rest.substring(semicolon);
        if (file.startsWith("~") || Path.of(file).isAbsolute()) {
            return url;
        }
        return H2_FILE + home.resolve(file).normalize().toAbsolutePath() + options;
    }

    /**
     * The same register as {@code irm run} opens it: closed by irm, not by H2 at the JVM's exit, and
     * compacted by irm, not by H2 as it closes. H2 would close it from its own shutdown hook while
     * the routes are still stopping, and before irm run can compact it; and as it closes, H2 rewrites
     * part of the file in place for as long as it finds work (8-12 s for a 100 MB register measured
     * at a stop, the file barely smaller), where irm run's stop compacts it whole when it has grown
     * enough ({@link CompactionAtStop}). The process that opens it this way closes it itself
     * ({@link Register#close()}). Settings the URL gives itself are kept; other URLs pass unchanged.
     * A register shared with {@code AUTO_SERVER=TRUE} stays closed by H2 at exit (H2 allows no other way).
     */
    public RegisterDatabase closedAndCompactedByIrm() {
        if (!url.startsWith(H2_FILE)) {
            return this;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        // H2 refuses DB_CLOSE_ON_EXIT=FALSE with AUTO_SERVER=TRUE (other processes reach the register through
        // this one): such a register is still closed by H2 at exit, and compacted at the stop only if it was closed by then.
        boolean closedByH2 = upper.contains(";DB_CLOSE_ON_EXIT=") || upper.contains(";AUTO_SERVER=TRUE");
        String options = (closedByH2 ? "" : ";DB_CLOSE_ON_EXIT=FALSE")
                + (upper.contains(";MAX_COMPACT_TIME=") ? "" : ";MAX_COMPACT_TIME=0");
        return new RegisterDatabase(url + options, user, password);
    }

    /** Whether the database runs inside this process (H2 on a file or in memory), not on a server. */
    boolean embedded() {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The URL without anything secret, for messages. */
    public String describe() {
        int semicolon = url.indexOf(';');
        return semicolon < 0 ? url : url.substring(0, semicolon);
    }
}
