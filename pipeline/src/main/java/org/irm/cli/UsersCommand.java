package org.irm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.console.ConsoleUsers;
import org.irm.console.Role;
import org.irm.register.ConsoleAccount;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm users}: the console's accounts. */
@Command(name = "users", mixinStandardHelpOptions = true,
        header = "Add, list, disable and enable the console's users (irm serve).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
            UsersCommand.Enable.class})
public final class UsersCommand extends CommandGroup {

    private static String actor() {
        return System.getProperty("user.name", "secretariat");
    }

    /**
     * Does this with the console's users, the States known to the register first (a user of a State
     * needs its State); the register is closed after.
     */
    private static <T> T users(IrmConfig config, Function<ConsoleUsers, T> work) throws CatalogueException {
        try (Register register = Register.open(config)) {
            new RegisteredStates(register).importStates(StateList.load(config.templates()).all());
            return work.apply(new ConsoleUsers(register, Clock.systemUTC()));
        }
    }

    /** {@code irm users add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            header = "Add a console user: the secretariat, a State's focal point, or an expert of a reviewing State.",
            description = {
                "The password is asked for (typed twice, not shown) or read from the first line of --password-file",
                "(at least 12 characters); only its Argon2id hash is kept. Logged as user.added."
            })
    static final class Add implements Callable<Integer> {

        @Option(names = "--login", required = true, paramLabel = "NAME", description = "The name to log in with (an e-mail address will do).")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "secretariat (everything), focal-point (its State only) or expert (the reviews its State is drawn for).")
        String role;

        @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
                description = "The focal point's State, or the expert's reviewing State; none for the secretariat.")
        String state;

        @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
                description = "The console's language for the user: ar, en, es, fr, ru or zh (default: ${DEFAULT-VALUE}); the user may switch.")
        String language;

        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of this file.")
        Path passwordFile;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CatalogueException, IOException {
            Role chosen = Role.of(role);
            char[] password = passwordFile != null ? fromFile(passwordFile) : typed();
            ConsoleAccount added = users(configOptions.config(),
                    users -> users.add(login, chosen, state, password, Language.of(language), actor()));
            spec.commandLine().getOut().printf("%s can log in to the console as %s%s%n", added.login(), added.role(),
                    added.state() == null ? "" : " of " + added.state());
            return 0;
        }

        private static char[] fromFile(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("No password file at " + file);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? new char[0] : lines.get(0).toCharArray();
        }

        private char[] typed() throws IOException {
            if (System.console() != null) {
                char[] first = System.console().readPassword("Password for the new user: ");
                char[] second = System.console().readPassword("Same password again: ");
                if (first == null || second == null || !new String(first).equals(new String(second))) {
                    throw new UserInputException("The two passwords differ: nothing was added.");
                }
                return first;
            }
            // No terminal (a script): the first line of standard input.
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new UserInputException("Give the password on standard input or with --password-file FILE.");
            }
            return line.toCharArray();
        }
    }

    /** {@code irm users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, header = "List the console's users, their role, State and whether they may log in.")
    static final class ListUsers implements Callable<Integer> {

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CatalogueException {
            List<ConsoleAccount> accounts = users(configOptions.config(), ConsoleUsers::all);
            PrintWriter out = spec.commandLine().getOut();
            for (ConsoleAccount account : accounts) {
                String standing = account.disabled() ? "disabled" : account.locked() ? "locked (" + account.failedLogins()
                        + " wrong passwords)" : "active";
                out.printf("%-32s %-12s %-4s %-3s %s%n", account.login(), account.role(),
                        account.state() == null ? "-" : account.state(), account.language(), standing);
            }
            if (accounts.isEmpty()) {
                out.println("No users yet: irm users add --login NAME --role secretariat");
            }
            return 0;
        }
    }

    /** {@code irm users disable}. */
    @Command(name = "disable", mixinStandardHelpOptions = true,
            header = "Disable a user: no more logins, and open sessions end at their next request.")
    static final class Disable implements Callable<Integer> {

        @Option(names = "--login", required = true, paramLabel = "NAME", description = "The user to disable.")
        String login;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CatalogueException {
            if (!users(configOptions.config(), users -> users.disable(login, actor()))) {
                throw new UserInputException("There is no user '" + login + "' (irm users list shows them).");
            }
            spec.commandLine().getOut().printf("%s is disabled%n", login);
            return 0;
        }
    }

    /** {@code irm users enable}. */
    @Command(name = "enable", mixinStandardHelpOptions = true,
            header = "Enable a disabled user again, or unlock one locked by ten wrong passwords.")
    static final class Enable implements Callable<Integer> {

        @Option(names = "--login", required = true, paramLabel = "NAME", description = "The user to enable or unlock.")
        String login;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CatalogueException {
            if (!users(configOptions.config(), users -> users.enable(login, actor()))) {
                throw new UserInputException("There is no user '" + login + "' (irm users list shows them).");
            }
            spec.commandLine().getOut().printf("%s may log in again%n", login);
            return 0;
        }
    }
}
