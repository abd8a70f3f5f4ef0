package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.irm.register.RegisterDatabase;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A command that opened the embedded register closes it when it ends, done or refused: nothing of it
 * stays open in the process (the register's file is left closed, as after a clean stop). Counted
 * with H2's own list of sessions: once the command is over, the only one is this test's.
 */
class RegisterClosedAfterCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() {
        irm = IrmCommandLine.in(home, "irm.secret.key=register-closed-test-key-0123456789");
    }

    @ParameterizedTest
    @CsvSource({
        "focal-points list, 0",
        "focal-points add --state KEN --email fp@kenya.example, 0",
        "experts list, 0",
        "log --state KEN, 0",
        "status, 0",
        "users list, 0",
        "reminders --dry-run, 0",
        "lots years --cycle 3 --option keep, 2",
        "review advance --state KEN --to final, 2",
        "experts add --review uncac-2-KEN --state FRA --email expert@france.example, 2"
    })
    void theCommandLeavesNoSessionOpenOnTheRegister(String commandLine, int exitCode) throws SQLException {
        assertThat(irm.run(commandLine.split(" "))).as(irm.err()).isEqualTo(exitCode);

        assertThat(sessionsOpen()).as("sessions on the register after irm " + commandLine + ", this test's included")
                .isEqualTo(1);
    }

    private int sessionsOpen() throws SQLException {
        RegisterDatabase register = RegisterDatabase.from(irm.settings());
        try (Connection connection = DriverManager.getConnection(register.url(), register.user(), register.password());
             Statement statement = connection.createStatement();
             ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            sessions.next();
            return sessions.getInt(1);
        }
    }
}
