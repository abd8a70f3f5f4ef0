package org.irm.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
            ContributorsCommand.class,
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
            RegisterCommand.class,
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
        System.exit(commandLine(args).execute(args));
    }

    /** The configured command line with every command, shared by main and tests. */
    public static CommandLine commandLine() {
        return configured(new CommandLine(new Irm()));
    }

    /**
     * The configured command line to run these arguments with. When the first one names one of
     * irm's commands, irm is built with that command alone (and its own subcommands): picocli would
     * otherwise reflect on every command, option and subcommand of the tree before running any,
     * which took more CPU than reading a whole checklist (0.6 s of {@code irm inspect}'s 1.5 s,
     * issue 20). Anything else (no command, an option, {@code help}, a mistyped name) gets the whole
     * tree, whose listing and suggestions it needs. Either way the command parses, runs, fails and
     * explains itself alike: its help names it {@code irm NAME}, errors go through the same handlers.
     */
    public static CommandLine commandLine(String... args) {
        Class<?> named = args.length == 0 ? null : ownCommand(args[0]);
        if (named == null) {
            return commandLine();
        }
        Command irm = Irm.class.getAnnotation(Command.class);
        CommandSpec root = CommandSpec.wrapWithoutInspection(new Irm()).name(irm.name()).version(irm.version())
                .mixinStandardHelpOptions(irm.mixinStandardHelpOptions());
        root.usageMessage().header(irm.header()).description(irm.description());
        CommandLine commandLine = new CommandLine(root);
        commandLine.addSubcommand(new CommandLine(named));
        return configured(commandLine);
    }

    /** The command class a name (or alias) stands for; null for help, which lists the others, and unknown names. */
    private static Class<?> ownCommand(String name) {
        for (Class<?> command : Irm.class.getAnnotation(Command.class).subcommands()) {
            Command annotation = command.getAnnotation(Command.class);
            if (command != CommandLine.HelpCommand.class && annotation != null
                    && (annotation.name().equals(name) || Arrays.asList(annotation.aliases()).contains(name))) {
                return command;
            }
        }
        return null;
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
            throw new CommandLine.TypeConversionException("'" + typed + "' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31");
        }
    }
}
