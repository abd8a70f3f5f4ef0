package org.irm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.irm.config.Setting;
import org.irm.config.TemplateSource;
import org.irm.lots.DrawBook;
import org.irm.lots.DrawRecordJson;
import org.irm.lots.DrawRequest;
import org.irm.lots.DrawResult;
import org.irm.lots.DrawVerifier;
import org.irm.lots.LotsDesk;
import org.irm.lots.LotsInputException;
import org.irm.lots.Party;
import org.irm.lots.PartyRoster;
import org.irm.lots.Redraw;
import org.irm.lots.RedrawRequest;
import org.irm.lots.ReviewYears;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code irm lots}: draws the reviewing States of the States under review in one year, verifies a
 * recorded draw, and (subcommands) redraws on request and orders the review years of a new cycle.
 * Exit codes: 0 done, 1 a verified record does not match, 2 an input problem, 3 no draw satisfies
 * the rules (the message names the rule and States).
 */
@Command(name = "lots", mixinStandardHelpOptions = true,
        header = "Draw by lot the reviewing States of the States under review in one year.",
        description = "Each State under review gets one reviewing State from its own regional group and one from the global box (UNCAC) or another regional group (UNTOC), under the rules of the policy (templates/lots/<instrument>.properties). The draw is a pure function of the States list, the policy, the history of past reviews and the published seed: --verify recomputes a record. Writes watch-folders/outbox/lots/ (or --out) lots-<instrument>-c<cycle>-<year>.json (record), .xlsx (pairings), .docx (record for the Implementation Review Group), creates the reviews with their deadlines in the register and logs the draw in its event log; with --history DIR, a folder of files (reviews.csv, deadlines.csv, summaries.csv, events.jsonl) takes the register's place.",
        subcommands = {LotsCommand.RedrawCommand.class, LotsCommand.YearsCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public class LotsCommand implements Callable<Integer> {

    static final int MISMATCH = 1;
    static final int INPUT_PROBLEM = UserFacingErrors.USER_ERROR;
    static final int BLOCKED = UserFacingErrors.NO_DRAW;
    /** The outbox's folder for the draws' records, beside the States' folders (whose names are ISO3 codes). */
    static final String OUTBOX_FOLDER = "lots";

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs = new Inputs();

    @Option(names = "--cycle", description = "Review cycle, from 1 (default: ${DEFAULT-VALUE}).", defaultValue = "2")
    int cycle;

    @Option(names = "--year", description = "Year of the draw (the review year).")
    Integer year;

    @Option(names = "--seed", description = "The published seed.")
    String seed;

    @ArgGroup(exclusive = true)
    UnderReview underReview;

    @Option(names = "--defer", split = ",", paramLabel = "ISO3",
            description = "States under review that defer serving as reviewing State this year.")
    List<String> deferring = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of the draw (default: today).")
    LocalDate date;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the outputs (default: watch-folders/outbox/lots, under irm.watch.root).")
    Path out;

    @Option(names = "--dry-run", description = "Write the outputs but record nothing in the register (or history folder).")
    boolean dryRun;

    @Option(names = "--replace",
            description = "Draw a year already drawn again: its earlier pairings are replaced, and those withdrawn are printed and logged. Without it, drawing a year already drawn is refused.")
    boolean replace;

    @Option(names = "--verify", paramLabel = "RECORD.json",
            description = "Recompute the draw of this record from the inputs and compare.")
    Path verify;

    /** Who is under review: listed, or in a file. */
    static class UnderReview {
        @Option(names = "--under", split = ",", paramLabel = "ISO3", description = "States under review.")
        List<String> codes;

        @Option(names = "--under-file", paramLabel = "FILE",
                description = "File of States under review: codes separated by commas, spaces or lines.")
        Path file;

        List<String> read() throws IOException {
            if (codes != null) {
                return normalise(codes);
            }
            if (Files.size(file) > 1_000_000) {
                throw new LotsInputException(file + " is too large for a list of States");
            }
            return normalise(Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("[,;\\s]+")));
        }
    }

    /** Options every lots command shares: where the States list, policy, history and templates are. */
    static class Inputs {
        @Option(names = {"--instrument", "--mechanism"}, paramLabel = "NAME", defaultValue = "uncac",
                description = "Mechanism whose policy applies: uncac or untoc (default: ${DEFAULT-VALUE}).")
        String instrument;

        @Option(names = "--states", paramLabel = "FILE",
                description = "States list (CSV: iso3,name,regional_group,<instrument>_party,...,un_member,"
                        + "entity_type[,legal_system]); default: templates/states/states.csv.")
        Path states;

        @Option(names = "--policy", paramLabel = "FILE",
                description = "Policy settings laid over the shipped templates/lots/<instrument>.properties.")
        Path policy;

        @Option(names = "--history", paramLabel = "DIR",
                description = "Keep past reviews, the drawn reviews and the log in this folder (reviews.csv, "
                        + "deadlines.csv, summaries.csv, events.jsonl) instead of the register.")
        Path history;

        @Mixin
        ConfigOptions configOptions = new ConfigOptions();

        @Option(names = "--templates", paramLabel = "DIR", description = "Folder overriding the bundled templates.")
        Path templates;

        /** Opened only when the draw reads or records in the register; the command closes it. */
        final RegisterWhenNeeded register = new RegisterWhenNeeded(() -> configOptions.config());

        /** The desk these options describe; with {@code dryRun}, one that records and logs nothing. */
        LotsDesk desk(boolean dryRun) {
            TemplateSource templateSource = templates == null ? TemplateSource.bundled()
                    : TemplateSource.withOverrides(templates);
            Clock clock = configOptions.config().clock();
            DrawBook book = history != null ? DrawBook.folder(history)
                    : DrawBook.register(register, clock);
            return new LotsDesk(templateSource, Optional.ofNullable(states), Optional.ofNullable(policy),
                    dryRun ? book.dryRun() : book, clock);
        }
    }

    @Override
    public Integer call() throws IOException, Docx4JException {
        try (RegisterWhenNeeded register = inputs.register) {
            return verify != null ? verifyRecord() : draw();
        }
    }

    private int draw() throws IOException, Docx4JException {
        if (year == null || seed == null || underReview == null) {
            throw new LotsInputException("A draw needs --year, --seed and --under (or --under-file); see --help");
        }
        DrawRequest request = new DrawRequest(cycle, year, seed, underReview.read(), new TreeSet<>(normalise(deferring)),
                date == null ? LocalDate.now(inputs.configOptions.config().clock()) : date);
        Path folder = out != null ? out
                : inputs.configOptions.config().path(Setting.WATCH_ROOT).resolve("outbox").resolve(OUTBOX_FOLDER);
        LotsDesk desk = inputs.desk(dryRun);
        PrintWriter outWriter = spec.commandLine().getOut();
        DrawResult result;
        if (replace) {
            LotsDesk.Replacement replacement = desk.drawAgain(inputs.instrument, request, folder);
            result = replacement.result();
            outWriter.println(replacement.withdrawn().isEmpty() ? "Withdrawn: none (every earlier pairing is drawn again)."
                    : "Withdrawn (" + replacement.withdrawn().size() + "): " + LotsDesk.pairs(replacement.withdrawn()));
        } else {
            result = desk.draw(inputs.instrument, request, folder);
        }
        outWriter.println(summary(result));
        return 0;
    }

    private int verifyRecord() throws IOException {
        DrawResult recorded = DrawRecordJson.read(verify);
        DrawVerifier.Verification verification = inputs.desk(true).verify(recorded);
        PrintWriter outWriter = spec.commandLine().getOut();
        if (verification.matches()) {
            outWriter.println("The record matches: the same inputs and seed give the same draw ("
                    + recorded.pairings().size() + " pairings, " + recorded.redraws().size() + " redraws).");
            return 0;
        }
        outWriter.println("The record does not match its inputs:");
        verification.differences().forEach(d -> outWriter.println("  - " + d));
        return MISMATCH;
    }

    static String summary(DrawResult result) {
        StringBuilder text = new StringBuilder();
        for (String u : result.order()) {
            text.append(u).append(": ").append(result.pairingsOf(u).stream()
                    .map(p -> p.reviewer() + (p.additional() ? " (" + p.instrument() + ")" : ""))
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return text.toString().stripTrailing();
    }

    static List<String> normalise(List<String> codes) {
        return codes.stream().map(LotsCommand::code).filter(c -> !c.isEmpty()).collect(Collectors.toList());
    }

    private static String code(String typed) {
        return typed.trim().toUpperCase(Locale.ROOT);
    }


    /** {@code irm lots redraw}: draws again the reviewers of one State under review, on request. */
    @Command(name = "redraw", mixinStandardHelpOptions = true,
            header = "Draw again the reviewing States of one State under review, at its request.",
            description = "Replaces both reviewing States (or the one named with --replace, or the requesting reviewing State where the policy lets reviewing States ask), keeps every other pairing, and rewrites the record, workbook and document. At most redraw.max redraws per requester and State under review; more only with --exceptional. Every redraw is recorded with its reason.",
            exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
    static class RedrawCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Inputs inputs = new Inputs();

        @Option(names = "--record", paramLabel = "RECORD.json", required = true, description = "The draw's record.")
        Path record;

        @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class, required = true,
                description = "The State under review.")
        String state;

        @Option(names = "--requested-by", paramLabel = "ISO3", converter = Iso3Code.class, required = true,
                description = "Who asks: the State under review or one of its reviewing States.")
        String requestedBy;

        @Option(names = "--reason", required = true, description = "Why, as it will be recorded.")
        String reason;

        @Option(names = "--replace", paramLabel = "ISO3", converter = Iso3Code.class,
                description = "Replace only this reviewing State.")
        String replace;

        @Option(names = "--exceptional", description = "Exceptional circumstances: allow more than redraw.max.")
        boolean exceptional;

        @Option(names = "--dry-run", description = "Rewrite the outputs but record nothing in the register (or history folder).")
        boolean dryRun;

        @Override
        public Integer call() throws IOException, Docx4JException {
            String u = code(state);
            RedrawRequest request = new RedrawRequest(u, code(requestedBy), Optional.ofNullable(replace).map(LotsCommand::code),
                    reason, exceptional);
            Redraw done;
            try (RegisterWhenNeeded register = inputs.register) {
                done = inputs.desk(dryRun).redraw(record, request);
            }
            spec.commandLine().getOut().println(u + ": " + String.join(", ", done.replaced()) + " replaced by "
                    + String.join(", ", done.drawn()));
            return 0;
        }
    }

    /** {@code irm lots years}: orders the review years of a new cycle. */
    @Command(name = "years", mixinStandardHelpOptions = true,
            header = "Order the review years of a new cycle.",
            description = "new-draw: a new draw of years from the seed; keep: each party in the same year of the cycle as in the previous one (new parties to the emptiest years); oldest-summary: parties whose executive summary of the previous cycle is oldest first (the day the register's review reached stage final (irm review advance), or the history folder's summaries.csv).",
            exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
    static class YearsCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Inputs inputs = new Inputs();

        @Option(names = "--cycle", required = true, description = "The new cycle's number.")
        int cycle;

        @Option(names = "--option", required = true, paramLabel = "new-draw|keep|oldest-summary",
                description = "How to order the years.")
        String option;

        @Option(names = "--seed", defaultValue = "", description = "The published seed (for drawn orders and ties).")
        String seed;

        @Option(names = "--first-year", description = "Calendar year of the cycle's first year, for the listing.")
        Integer firstYear;

        @Option(names = "--out", paramLabel = "FILE", description = "Also write the plan as CSV (year,iso3).")
        Path out;

        @Override
        public Integer call() throws IOException {
            ReviewYears.Option chosen = ReviewYears.Option.parse(option);
            if (chosen != ReviewYears.Option.KEEP && seed.isBlank()) {
                throw new LotsInputException("This option draws an order: give the published --seed");
            }
            try (RegisterWhenNeeded register = inputs.register) {
                LotsDesk desk = inputs.desk(true);
                List<List<String>> plan = desk.years(inputs.instrument, cycle, chosen, seed);
                boolean balanced = desk.policy(inputs.instrument).regionalBalance();
                PartyRoster roster = desk.roster();
                StringBuilder csv = new StringBuilder("year,iso3\n");
                PrintWriter outWriter = spec.commandLine().getOut();
                for (int y = 0; y < plan.size(); y++) {
                    String label = firstYear == null ? "year " + (y + 1) : Integer.toString(firstYear + y);
                    outWriter.println(label + " (" + plan.get(y).size() + "): " + String.join(", ", plan.get(y)));
                    if (balanced) {
                        Map<String, Long> groups = plan.get(y).stream().collect(Collectors.groupingBy(
                                code -> roster.find(code).map(Party::regionalGroup).filter(g -> !g.isEmpty())
                                        .orElse("no regional group"), TreeMap::new, Collectors.counting()));
                        outWriter.println("  by regional group: " + groups.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
                    }
                    for (String code : plan.get(y)) {
                        csv.append(label).append(',').append(code).append('\n');
                    }
                }
                if (out != null) {
                    Files.writeString(out, csv, StandardCharsets.UTF_8);
                }
                return 0;
            }
        }
    }
}
