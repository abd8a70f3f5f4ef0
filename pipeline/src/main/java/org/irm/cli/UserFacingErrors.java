package org.irm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.irm.config.ConfigurationException;
import org.irm.lots.DrawBlockedException;
import org.irm.lots.LotsInputException;
import org.irm.register.RegisterException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The one place a failure inside any command becomes a plain sentence on standard error and an exit
 * code. A command line that does not parse (an unknown option, a missing one, a value that is not a
 * date) is one line naming the command and pointing to its {@code --help}, exit code 2: never the
 * whole usage, never a Java class name. Problems the user can fix (bad input, configuration) exit
 * with 2; a draw no rule allows with 3; anything else with 1, with the cause's message, and the
 * stack trace only when IRM_DEBUG is set.
 * A command whose inputs are all files and the register ({@code irm lots}) declares
 * {@code exitCodeOnExecutionException = 2}: for it, a file, Word or register failure is an input
 * problem too.
 */
final class UserFacingErrors implements IExecutionExceptionHandler, IExitCodeExceptionMapper,
        IParameterExceptionHandler {

    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;
    /** No draw of lots meets the policy's rules. */
    static final int NO_DRAW = 3;

    /** picocli's own wording of a value its built-in converters could not convert: it names a Java class. */
    private static final Pattern CANNOT_CONVERT = Pattern.compile("cannot convert '(.*)' to [\\w.$ ]+?( \\(.*\\))?$",
            Pattern.DOTALL);

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(command).append(": ")
                .append(oneLine(parseMessage(e)).replaceAll("[.:]+$", ""));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            line.append(" (did you mean ").append(String.join(" or ", unmatched.getSuggestions().stream()
                    .limit(3).toList())).append("?)");
        }
        line.append(". See '").append(command).append(" --help'.");
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getColorScheme().errorText(line.toString()));
        if (System.getenv("IRM_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return getExitCode(e);
    }

    /** picocli's message, with a value its converters refused said in words (no Java class). */
    private static String parseMessage(ParameterException e) {
        String message = e.getMessage() == null ? "invalid command line" : e.getMessage().replaceFirst("^Error: ", "");
        if (e instanceof UnmatchedArgumentException unmatched && message.startsWith("Unmatched argument")) {
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            message = !e.getCommandLine().getSubcommands().isEmpty() && !first.startsWith("-")
                    ? "Unknown command '" + first + "'"
                    : message.replaceFirst("^Unmatched arguments? (at|from) index \\d+: ", "Unexpected argument(s) ");
        }
        Matcher cannot = CANNOT_CONVERT.matcher(message);
        if (cannot.find()) {
            String label = e.getArgSpec() == null ? "value" : e.getArgSpec().paramLabel();
            return message.substring(0, cannot.start()) + "'" + cannot.group(1) + "' is not a valid " + label;
        }
        return message;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        int code = exitCode(e, commandLine.getCommandSpec().exitCodeOnExecutionException() == USER_ERROR);
        commandLine.getErr().println(commandLine.getColorScheme().errorText(
                commandLine.getCommandSpec().qualifiedName() + ": " + oneLine(message(e, code))));
        if (System.getenv("IRM_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return code;
    }

    /**
     * The exit code picocli asks for outside a command's execution: a command line that does not
     * parse exits with its command's {@code exitCodeOnInvalidInput}; anything else as above.
     */
    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof ParameterException invalid) {
            return invalid.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        }
        return exitCode(e, false);
    }

    /** @param inputsAreFiles the command counts file, Word and register failures as input problems */
    private static int exitCode(Throwable e, boolean inputsAreFiles) {
        if (e instanceof DrawBlockedException) {
            return NO_DRAW;
        }
        if (usersToFix(e)) {
            return USER_ERROR;
        }
        if (inputsAreFiles && (e instanceof IOException || e instanceof Docx4JException
                || e instanceof RegisterException)) {
            return USER_ERROR;
        }
        return INTERNAL_ERROR;
    }

    private static boolean usersToFix(Throwable e) {
        return e instanceof ConfigurationException || e instanceof UserInputException
                || e instanceof LotsInputException || e instanceof IllegalArgumentException;
    }

    private static String message(Throwable e, int code) {
        if (e instanceof DrawBlockedException) {
            return "No draw is possible: " + messageOf(e);
        }
        if (code == INTERNAL_ERROR) {
            return "Unexpected failure: " + messageOf(e);
        }
        if (e instanceof IOException) {
            return "Cannot read or write a file: " + e.getMessage();
        }
        if (e instanceof Docx4JException) {
            return "Cannot write the Word record: " + e.getMessage();
        }
        return usersToFix(e) ? messageOf(e) : e.getMessage();
    }

    /** Line breaks a message carries (a file's text quoted in it, say) would make it several lines. */
    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
