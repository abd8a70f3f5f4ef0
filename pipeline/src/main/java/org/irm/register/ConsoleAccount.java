package org.irm.register;

import java.time.Instant;
import java.util.Objects;

/**
 * A user of the console ({@code irm serve}) as the register keeps it.
 *
 * @param role         {@code secretariat}, {@code focal-point} or {@code expert}
 * @param state        ISO3 of the user's State (focal point: the State; expert: the reviewing State); null for the
 *                     secretariat
 * @param passwordHash the password's hash in PHC string form (algorithm, parameters and salt inside); never the password
 * @param language     the console language the user chose last (ar, en, es, fr, ru, zh)
 * @param failedLogins wrong passwords in a row since the last good one
 * @param lockedAt     when too many wrong passwords locked the account, or null
 */
public record ConsoleAccount(String login, String role, String state, String passwordHash, String language,
                             boolean disabled, int failedLogins, Instant lockedAt, Instant createdAt) {

    public ConsoleAccount {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean locked() {
        return lockedAt != null;
    }
}
