package org.irm.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchronizer tokens that every form carries: one random token per session, kept on the server
 * with the session, put in each form as a hidden field, and compared in constant time on every POST.
 * Javalin and Jetty have none of their own; with the session cookie SameSite=Strict this is the
 * second of two locks.
 */
final class CsrfTokens {

    /** The form field and session attribute holding the token. */
    static final String FIELD = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True only when both are present and equal. */
    static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
    }
}
