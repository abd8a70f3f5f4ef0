package org.irm.console;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.register.ConsoleAccount;
import org.irm.register.ConsoleAccounts;
import org.irm.register.Register;

/**
 * The console's users: adding, listing, disabling and enabling accounts ({@code irm users}), and
 * logging in. Ten wrong passwords in a row lock an account until it is enabled again; a disabled or
 * locked account cannot log in, and its sessions end at their next request. Every login, refused
 * login and lock is in the audit log ({@code console.login}, {@code console.loginRefused},
 * {@code console.locked}).
 */
public final class ConsoleUsers {

    /** Wrong passwords in a row that lock an account. */
    public static final int LOCK_AFTER = 10;

    private final ConsoleAccounts accounts;
    private final Clock clock;

    public ConsoleUsers(Register register, Clock clock) {
        this.accounts = new ConsoleAccounts(register);
        this.clock = clock;
    }

    /**
     * Adds a user.
     *
     * @param state the State of a focal point or an expert's reviewing State; null for the secretariat
     * @throws IllegalArgumentException with a sentence for the user when the login, role, State or password will not do
     */
    public ConsoleAccount add(String login, Role role, String state, char[] password, Language language, String actor) {
        String name = login == null ? "" : login.trim();
        if (!name.matches("[A-Za-z0-9._@+-]{1,100}")) {
            throw new IllegalArgumentException("A login is 1 to 100 letters, digits and . _ @ + - (an e-mail address will do).");
        }
        String iso3 = state == null ? null : state.trim().toUpperCase(Locale.ROOT);
        if (role.ofState() && (iso3 == null || !iso3.matches("[A-Z]{3}"))) {
            throw new IllegalArgumentException("A " + role.code() + " belongs to a State: give --state ISO3.");
        }
        if (!role.ofState() && iso3 != null) {
            throw new IllegalArgumentException("The secretariat sees every State: give no --state.");
        }
        String weakness = Passwords.weakness(password);
        if (weakness != null) {
            throw new IllegalArgumentException(weakness);
        }
        return accounts.add(new ConsoleAccount(name, role.code(), iso3, Passwords.hash(password), language.code(), false, 0,
                null, clock.instant()), actor);
    }

    public List<ConsoleAccount> all() {
        return accounts.all();
    }

    /** Disables a user; false when there is none of that login. */
    public boolean disable(String login, String actor) {
        return accounts.disable(login, actor, clock.instant());
    }

    /** Enables a user again and unlocks it; false when there is none of that login. */
    public boolean enable(String login, String actor) {
        return accounts.enable(login, actor, clock.instant());
    }

    /**
     * Checks a login and password; the viewer when they match an account that may log in. Refusals say
     * nothing about which of login or password was wrong.
     *
     * @param from the address the attempt came from, for the audit log
     */
    public Optional<Viewer> logIn(String login, char[] password, String from) {
        Optional<ConsoleAccount> found = login == null || login.isBlank() ? Optional.empty() : accounts.find(login.trim());
        if (found.isEmpty()) {
            Passwords.decoyCheck(password);
            return Optional.empty();
        }
        ConsoleAccount account = found.get();
        if (account.disabled() || account.locked()) {
            Passwords.decoyCheck(password);
            accounts.wrongPassword(account.login(), from + (account.disabled() ? " (disabled)" : " (locked)"), LOCK_AFTER,
                    clock.instant());
            return Optional.empty();
        }
        if (!Passwords.matches(password, account.passwordHash())) {
            accounts.wrongPassword(account.login(), from, LOCK_AFTER, clock.instant());
            return Optional.empty();
        }
        accounts.loggedIn(account.login(), from, clock.instant());
        return Optional.of(viewer(account));
    }

    /** The viewer of a session's login while its account may still be used; empty once disabled or locked. */
    public Optional<Viewer> current(String login) {
        return accounts.find(login).filter(account -> !account.disabled() && !account.locked()).map(ConsoleUsers::viewer);
    }

    /** Keeps the language a user chose. */
    public void chooseLanguage(String login, Language language) {
        accounts.setLanguage(login, language.code());
    }

    private static Viewer viewer(ConsoleAccount account) {
        return new Viewer(account.login(), Role.of(account.role()), account.state(), Language.of(account.language()));
    }
}
