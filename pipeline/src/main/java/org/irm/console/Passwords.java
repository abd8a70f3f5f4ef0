package org.irm.console;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.Semaphore;

/**
 * Password hashes with password4j's Argon2id (the OWASP minimum: 19 MiB, 2 passes, 1 lane), salted
 * at random, stored in PHC string form so the parameters travel with each hash and can be raised later.
 *
 * <p>At most {@link #AT_ONCE} hashes are computed at a time, the others wait their turn: each takes
 * 19 MiB, and 50 logins at once (the console benchmark) ran a 1 GB heap out of memory.
 */
final class Passwords {

    /** Shortest password accepted. */
    static final int MIN_LENGTH = 12;

    /** Hashes computed at the same time. */
    static final int AT_ONCE = 4;

    private static final Semaphore TURNS = new Semaphore(AT_ONCE, true);

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    /** A hash compared against when the login is unknown, so an unknown login costs what a wrong password costs. */
    private static final String DECOY = hash("not a password of anyone's".toCharArray());

    private Passwords() {
    }

    static String hash(char[] password) {
        TURNS.acquireUninterruptibly();
        try {
            return Password.hash(new String(password)).addRandomSalt(16).with(ARGON2ID).getResult();
        } finally {
            TURNS.release();
        }
    }

    static boolean matches(char[] password, String hash) {
        TURNS.acquireUninterruptibly();
        try {
            return Password.check(new String(password), hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            // A hash that is not Argon2 PHC (edited by hand) matches nothing.
            return false;
        } finally {
            TURNS.release();
        }
    }

    /** Spends the time of one check, for a login that does not exist. */
    static void decoyCheck(char[] password) {
        matches(password, DECOY);
    }

    /** Why a new password is not acceptable, or null when it is. */
    static String weakness(char[] password) {
        if (password.length < MIN_LENGTH) {
            return "A password needs at least " + MIN_LENGTH + " characters.";
        }
        return null;
    }
}
