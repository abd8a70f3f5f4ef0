package org.irm.register;

/** The register could not be opened, migrated, read or written; the message says what and where. */
public class RegisterException extends RuntimeException {
    public RegisterException(String message, Throwable cause) {
        super(message, cause);
    }
}
