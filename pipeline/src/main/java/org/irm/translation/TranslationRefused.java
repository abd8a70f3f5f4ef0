package org.irm.translation;

/**
 * A translated file that cannot be taken back, with a one-line sentence saying why and what to do:
 * not XLIFF 2, too large, unsafe XML, for another State, review or language, or naming blocks the
 * review does not have. Nothing of a refused file is recorded.
 */
public final class TranslationRefused extends Exception {

    public TranslationRefused(String message) {
        super(message);
    }

    public TranslationRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
