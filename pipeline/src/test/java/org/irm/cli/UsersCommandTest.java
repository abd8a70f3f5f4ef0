package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.irm.console.ConsoleUsers;
import org.irm.register.ConsoleAccount;
import org.irm.register.Event;
import org.irm.register.Register;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm users add|list|disable|enable}: the console's accounts, their roles and States. */
class UsersCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;
    private Path password;

    @BeforeEach
    void aPasswordFile() throws Exception {
        irm = IrmCommandLine.in(home);
        password = Files.writeString(home.resolve("password.txt"), "correct horse battery staple\n");
    }

    @Test
    void usersOfEachRoleAreAddedListedAndLoggedWithTheirPasswordHashedNeverKept() {
        assertThat(irm.run("users", "add", "--login", "sec", "--role", "secretariat", "--password-file", password.toString()))
                .as(irm.err()).isZero();
        assertThat(irm.run("users", "add", "--login", "ken@kenya.test", "--role", "focal-point", "--state", "ken",
                "--language", "fr", "--password-file", password.toString())).as(irm.err()).isZero();
        assertThat(irm.run("users", "add", "--login", "fra", "--role", "expert", "--state", "FRA",
                "--password-file", password.toString())).as(irm.err()).isZero();
        assertThat(irm.run("users", "list")).isZero();

        assertThat(irm.out()).contains("ken@kenya.test can log in to the console as focal-point of KEN",
                "ken@kenya.test                   focal-point  KEN  fr  active", "sec                              secretariat  -    en  active");
        try (Register register = Register.open(irm.settings())) {
            ConsoleAccount kenya = new ConsoleUsers(register, Clock.systemUTC()).all().stream()
                    .filter(a -> a.login().equals("ken@kenya.test")).findFirst().orElseThrow();
            assertThat(kenya.passwordHash()).startsWith("$argon2id$").doesNotContain("correct horse");
            assertThat(register.events()).extracting(Event::action).contains("user.added");
        }
    }

    @Test
    void aFocalPointWithoutItsStateAShortPasswordAndATakenLoginAreRefused() throws Exception {
        Path shortPassword = Files.writeString(home.resolve("short.txt"), "short\n");

        assertThat(irm.run("users", "add", "--login", "ken", "--role", "focal-point", "--password-file", password.toString()))
                .isEqualTo(2);
        assertThat(irm.run("users", "add", "--login", "ken", "--role", "focal-point", "--state", "ZZZ",
                "--password-file", password.toString())).isEqualTo(2);
        assertThat(irm.run("users", "add", "--login", "sec", "--role", "secretariat", "--password-file", shortPassword.toString()))
                .isEqualTo(2);
        assertThat(irm.run("users", "add", "--login", "sec", "--role", "chief", "--password-file", password.toString()))
                .isEqualTo(2);
        assertThat(irm.run("users", "add", "--login", "sec", "--role", "secretariat", "--password-file", password.toString()))
                .isZero();
        assertThat(irm.run("users", "add", "--login", "sec", "--role", "secretariat", "--password-file", password.toString()))
                .isEqualTo(2);

        assertThat(irm.err()).contains("give --state ISO3", "Unknown State 'ZZZ'", "at least 12 characters",
                "No role 'chief'", "already a user 'sec'");
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabled() {
        irm.run("users", "add", "--login", "ken", "--role", "focal-point", "--state", "KEN", "--password-file", password.toString());

        assertThat(irm.run("users", "disable", "--login", "ken")).isZero();
        assertThat(irm.run("users", "list")).isZero();
        assertThat(irm.out()).contains("ken is disabled", "disabled");
        try (Register register = Register.open(irm.settings())) {
            ConsoleUsers users = new ConsoleUsers(register, Clock.systemUTC());
            assertThat(users.logIn("ken", "correct horse battery staple".toCharArray(), "127.0.0.1")).isEmpty();
        }
        assertThat(irm.run("users", "enable", "--login", "ken")).isZero();
        try (Register register = Register.open(irm.settings())) {
            ConsoleUsers users = new ConsoleUsers(register, Clock.systemUTC());
            assertThat(users.logIn("ken", "correct horse battery staple".toCharArray(), "127.0.0.1")).isPresent();
        }
        assertThat(irm.run("users", "disable", "--login", "nobody")).isEqualTo(2);
    }
}
