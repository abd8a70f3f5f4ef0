package org.irm.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code irm} command: one subcommand per job a user does. Errors reach the user as a message
 * and an exit code, never as a stack trace.
 */
@Command(name = "irm", mixinStandardHelpOptions = true, version = "irm 0.1.0",
        header = "IRM Pipeline: checklists out, returns in, reviews merged, reports drafted.",
        description = "Runs the document side of a peer-review mechanism such as the UNCAC Implementation Review"
                + " Mechanism. Each subcommand explains itself with --help.",
        subcommands = {
            DemoCommand.class,
            ChecklistCommand.class,
            SampleFillCommand.class,
            InspectCommand.class,
            LotsCommand.class,
            IngestCommand.class,
            DocumentsCommand.class,
            StatusCommand.class,
            FocalPointsCommand.class,
            RunCommand.class,
            ReviewCopyCommand.class,
            MergeCommand.class,
            ReportCommand.class,
            TranslateCommand.class,
            RemindersCommand.class,
            FollowupCommand.class,
            ReviewCommand.class,
            ExpertsCommand.class,
            LogCommand.class,
            AnalysisCommand.class,
            ServeCommand.class,
            UsersCommand.class,
            DialogueCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Irm {

    static {
        // Woodstox is our reader's parser only (SafeXml names it). Libraries that ask JAXP for a
        // StAX factory (docx4j, Camel) keep the JDK's, as before Woodstox was on the class path:
        // docx4j warned on every document that Woodstox lacks the accessExternalDTD property.
        System.setProperty("javax.xml.stream.XMLInputFactory",
                System.getProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl"));
        System.setProperty("javax.xml.stream.XMLOutputFactory",
                System.getProperty("javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl"));
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and tests. */
    public static CommandLine commandLine() {
        return configured(new CommandLine(new Irm()));
    }

    /**
     * A command line (irm or one of its commands alone) reporting errors and exit codes as irm does,
     * set once here for the whole tree: one-line errors ({@link UserFacingErrors}), State codes
     * checked before a command runs ({@link StateCodes}), dates in words, help wrapped at spaces
     * ({@link HelpLayout}).
     */
    static CommandLine configured(CommandLine commandLine) {
        UserFacingErrors errors = new UserFacingErrors();
        commandLine
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setExitCodeExceptionMapper(errors)
                .setExecutionStrategy(new StateCodes())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(LocalDate.class, Irm::date);
        HelpLayout.install(commandLine);
        return commandLine;
    }

    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + typed + "' is not a date: write it YYYY-MM-DD, e.g. 2027-03-31");
        }
    }
}
