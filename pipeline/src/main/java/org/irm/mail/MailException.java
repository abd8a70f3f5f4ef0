package org.irm.mail;

/** A mail server could not be reached or refused what was asked; the message says which and why. */
public final class MailException extends RuntimeException {
    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
