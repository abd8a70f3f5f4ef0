package org.irm.cli;

import org.irm.config.ConfigurationException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns a failure inside a command into one plain sentence on standard error and an exit code.
 * Problems the user can fix (bad input, configuration) exit with 2; anything else with 1, with the
 * cause's message, and the stack trace only when IRM_DEBUG is set.
 */
final class UserFacingErrors implements IExecutionExceptionHandler {

    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean usersToFix = e instanceof ConfigurationException || e instanceof UserInputException
                || e instanceof IllegalArgumentException;
        commandLine.getErr().println(commandLine.getColorScheme().errorText(
                (usersToFix ? "" : "Unexpected failure: ") + messageOf(e)));
        if (System.getenv("IRM_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return usersToFix ? USER_ERROR : INTERNAL_ERROR;
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
