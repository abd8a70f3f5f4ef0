package org.irm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irm.analysis.AnalysisDesk;
import org.irm.analysis.AnalysisOutputs;
import org.irm.analysis.CodingImport;
import org.irm.analysis.OutcomesFigures;
import org.irm.analysis.TaNeedsFigures;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.register.ContributorTally;
import org.irm.register.Register;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm analysis}: technical-assistance needs and review outcomes across all States (issue 15). */
@Command(name = "analysis", mixinStandardHelpOptions = true,
        header = "Code the TA needs of the completed reviews and analyse needs and outcomes across States.",
        description = {
            "'needs' exports the coding workbook (one row per individual need, drop-downs for category, subcategory",
            "and tags, pre-filled from the keyword rules in templates/analysis/) and imports it back; 'ta-needs'",
            "writes the TA-needs analysis and 'outcomes' the recommendations and good practices across completed",
            "reviews, each as .xlsx (native charts), .docx note and .json; 'outcomes' also counts the contributors States",
            "invited (academia, the private sector, civil society) and those who returned their input."
        },
        subcommands = {AnalysisCommand.Needs.class, AnalysisCommand.TaNeeds.class, AnalysisCommand.Outcomes.class})
public final class AnalysisCommand extends CommandGroup {

    /** Options every analysis command shares: which cycle, which language. */
    static final class Scope {
        @Option(names = "--cycle", defaultValue = "2", paramLabel = "N",
                description = "Review cycle of the UNCAC mechanism (default: ${DEFAULT-VALUE}).")
        int cycle;

        @Option(names = "--language", defaultValue = "en", paramLabel = "LANG",
                description = "Language of the labels and headings: ar, en, es, fr, ru or zh (default: ${DEFAULT-VALUE}).")
        String language;

        Language language() {
            try {
                return Language.of(language.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--language " + language + " is not one of ar, en, es, fr, ru, zh");
            }
        }
    }

    /** The desk over the configured register for the cycle; the caller closes the register. */
    static AnalysisDesk desk(IrmConfig config, Register register, int cycle) {
        try {
            Catalogue catalogue = new CatalogueLoader(config.templates()).load("uncac", cycle);
            return new AnalysisDesk(register, config.templates(), catalogue, StateList.load(config.templates()),
                    Clock.systemUTC());
        } catch (CatalogueException e) {
            throw new UserInputException("No catalogue for UNCAC cycle " + cycle + ": " + e.getMessage());
        }
    }

    /** {@code irm analysis needs}. */
    @Command(name = "needs", mixinStandardHelpOptions = true,
            header = "Export the TA needs for coding as .xlsx, or import the coded workbook back.",
            description = {"--export writes one row per individual need of the completed reviews, with drop-down",
                "columns for category, subcategory and the cross-cutting tags, pre-filled from the register's coding",
                "or, marked 'suggested', from the keyword rules in templates/analysis/keyword-rules.properties.",
                "--import takes it back: a workbook with an unknown code is refused whole, naming sheet and row",
                "(exit code 2); otherwise every changed row is recorded with who (--by, else the system user) and when."})
    static final class Needs implements Callable<Integer> {

        @ArgGroup(exclusive = true, multiplicity = "1")
        Direction direction;

        static final class Direction {
            @Option(names = "--export", paramLabel = "FILE.xlsx", description = "Write the coding workbook (never over an existing file).")
            Path export;

            @Option(names = "--import", paramLabel = "FILE.xlsx", description = "Take a coded workbook back.")
            Path imported;
        }

        @Option(names = "--by", paramLabel = "NAME", description = "Who coded (default: the operating-system user).")
        String by;

        @Mixin
        Scope scope;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                AnalysisDesk desk = desk(config, register, scope.cycle);
                if (direction.export != null) {
                    AnalysisDesk.Exported exported;
                    try {
                        exported = desk.exportCoding(direction.export, scope.language());
                    } catch (IllegalArgumentException e) {
                        throw new UserInputException(e.getMessage());
                    }
                    out.printf("%d needs of the completed cycle-%d reviews written to %s%n", exported.needs(), scope.cycle,
                            exported.file());
                    return 0;
                }
                if (!direction.imported.toFile().isFile()) {
                    throw new UserInputException("No workbook at " + direction.imported);
                }
                String coder = by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name", "unknown");
                CodingImport.Result result;
                try {
                    result = desk.importCoding(direction.imported, coder);
                } catch (IOException e) {
                    throw new UserInputException(direction.imported + " cannot be read as a coding workbook: " + e.getMessage());
                }
                if (!result.accepted()) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.printf("%s refused, nothing recorded (%d problems):%n", direction.imported.getFileName(),
                            result.refused().size());
                    result.refused().forEach(problem -> err.println("  " + problem));
                    return 2;
                }
                out.printf("%s: %d codings recorded by %s, %d rows unchanged, %d rows not coded%n",
                        direction.imported.getFileName(), result.recorded(), coder, result.unchanged(), result.uncoded());
                return 0;
            }
        }
    }

    /** {@code irm analysis ta-needs}. */
    @Command(name = "ta-needs", mixinStandardHelpOptions = true,
            header = "Write the technical-assistance needs analysis (.xlsx with charts, .docx note, .json).",
            description = {"Counts the coded needs of the completed reviews: States with completed summaries and with",
                "needs, individual needs, per category, per chapter at each --as-of date, per regional group, per",
                "article, per group of articles (templates/analysis/article-groups.properties), cross-cutting tags.",
                "Shares are rounded to the nearest whole per cent, as the note states."})
    static final class TaNeeds implements Callable<Integer> {

        @Option(names = "--as-of", paramLabel = "DATE", split = ",",
                description = "Dates (yyyy-mm-dd) to count as of, repeatable; the figures are of the last (default: today).")
        List<LocalDate> asOf = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files into.")
        Path out;

        @Mixin
        Scope scope;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                AnalysisDesk desk = desk(config, register, scope.cycle);
                AnalysisDesk.Written<TaNeedsFigures> written = desk.writeTaNeeds(out, asOf, scope.language());
                TaNeedsFigures.Summary summary = written.figures().summary();
                PrintWriter say = spec.commandLine().getOut();
                say.printf("%d completed reviews, %d States with needs, %d needs (%d not yet coded)%n", summary.completed(),
                        summary.withNeeds(), summary.needs(), summary.notCoded());
                printWritten(say, written.files());
                return 0;
            }
        }
    }

    /** {@code irm analysis outcomes}. */
    @Command(name = "outcomes", mixinStandardHelpOptions = true,
            header = "Write the recommendations and good practices across completed reviews (.xlsx, .docx, .json).",
            description = {"Per article and chapter, per regional group, per year of completion, the articles with the",
                "most recommendations, and the implementation status of the recommendations the follow-up tracker holds."})
    static final class Outcomes implements Callable<Integer> {

        @Option(names = "--as-of", paramLabel = "DATE", description = "Count the reviews completed by this date (default: today).")
        LocalDate asOf;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files into.")
        Path out;

        @Mixin
        Scope scope;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                AnalysisDesk desk = desk(config, register, scope.cycle);
                LocalDate date = asOf;
                AnalysisDesk.Written<OutcomesFigures> written = desk.writeOutcomes(out, date, scope.language());
                OutcomesFigures.Summary summary = written.figures().summary();
                PrintWriter say = spec.commandLine().getOut();
                say.printf("%d completed reviews, %d recommendations, %d good practices%n", summary.completed(),
                        summary.recommendations(), summary.goodPractices());
                List<ContributorTally> contributors = desk.contributors();
                if (!contributors.isEmpty()) {
                    say.printf("contributors invited by %d States: %d, of whom %d returned their input (by kind in the"
                            + " note and under contributors in the JSON)%n",
                            contributors.stream().map(ContributorTally::state).distinct().count(),
                            contributors.stream().mapToInt(ContributorTally::invited).sum(),
                            contributors.stream().mapToInt(ContributorTally::returned).sum());
                }
                printWritten(say, written.files());
                return 0;
            }
        }
    }

    private static void printWritten(PrintWriter say, AnalysisOutputs.Written written) {
        say.println("  " + written.xlsx());
        say.println("  " + written.docx());
        say.println("  " + written.json());
    }

}
