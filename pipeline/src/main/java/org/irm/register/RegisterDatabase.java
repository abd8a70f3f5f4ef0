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
     * The same register, which H2 does not close by itself when the JVM exits: H2 would close it from
     * its own shutdown hook while the routes of {@code irm run} are still stopping, and before irm run
     * can compact it; the process that opens it this way closes it itself ({@link Register#close()}).
     * Other URLs pass unchanged.
     */
    public RegisterDatabase closedByItsUser() {
        if (!url.startsWith(H2_FILE) || url.toUpperCase(Locale.ROOT).contains(";DB_CLOSE_ON_EXIT=")) {
            return this;
        }
        return new RegisterDatabase(url + ";DB_CLOSE_ON_EXIT=FALSE", user, password);
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
