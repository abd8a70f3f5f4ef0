package org.irm.cli;

/** Something the user typed or pointed at cannot be used; the message says what to do instead. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
