package org.irm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.irm.config.TemplateSource;
import org.irm.lots.CsvPartyRoster;
import org.irm.lots.DrawBlockedException;
import org.irm.lots.DrawEvent;
import org.irm.lots.DrawInputs;
import org.irm.lots.DrawLog;
import org.irm.lots.DrawPolicy;
import org.irm.lots.DrawRecordDocument;
import org.irm.lots.DrawRecordJson;
import org.irm.lots.DrawRequest;
import org.irm.lots.DrawResult;
import org.irm.lots.DrawVerifier;
import org.irm.lots.EventLogFile;
import org.irm.lots.HistoryFolder;
import org.irm.lots.LotDrawer;
import org.irm.lots.LotsInputException;
import org.irm.lots.PairingsWorkbook;
import org.irm.lots.PartyRoster;
import org.irm.lots.RecordLabels;
import org.irm.lots.RedrawRequest;
import org.irm.lots.RegisterDrawLog;
import org.irm.lots.RegisterHistory;
import org.irm.lots.ReviewHistory;
import org.irm.lots.ReviewSchedule;
import org.irm.lots.ReviewScheduler;
import org.irm.lots.ReviewYears;
import org.irm.register.Register;
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
        description = "Each State under review gets one reviewing State from its own regional group and one from the global box (UNCAC) or another regional group (UNTOC), under the rules of the policy (templates/lots/<instrument>.properties). The draw is a pure function of the States list, the policy, the history of past reviews and the published seed: --verify recomputes a record. Writes <out>/lots-<instrument>-c<cycle>-<year>.json (record), .xlsx (pairings), .docx (record for the Implementation Review Group), creates the reviews with their deadlines in the register and logs the draw in its event log; with --history DIR, a folder of files (reviews.csv, deadlines.csv, summaries.csv, events.jsonl) takes the register's place.",
        subcommands = {LotsCommand.Redraw.class, LotsCommand.Years.class},
        exitCodeOnInvalidInput = 2)
public class LotsCommand implements Callable<Integer> {

    static final int MISMATCH = 1;
    static final int INPUT_PROBLEM = 2;
    static final int BLOCKED = 3;

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
    String date;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the outputs (default: ${DEFAULT-VALUE}).",
            defaultValue = ".")
    Path out;

    @Option(names = "--dry-run", description = "Write the outputs but record nothing in the register (or history folder).")
    boolean dryRun;

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

        private Register register;

        @Option(names = "--templates", paramLabel = "DIR", description = "Folder overriding the bundled templates.")
        Path templates;

        TemplateSource templateSource() {
            return templates == null ? TemplateSource.bundled() : TemplateSource.withOverrides(templates);
        }

        /** The given States list, else the secretariat's list in the templates (templates/states/states.csv). */
        PartyRoster roster() throws IOException {
            if (states != null) {
                return CsvPartyRoster.read(states);
            }
            try (TemplateSource.Template list = templateSource().open(org.irm.catalogue.StateList.PATH)) {
                return CsvPartyRoster.read(list.stream(), list.location());
            }
        }

        DrawPolicy policy(String mechanism) throws IOException {
            DrawPolicy shipped = DrawPolicy.shipped(templateSource(), mechanism);
            return policy == null ? shipped : shipped.overriddenBy(policy);
        }

        /** Past reviews: the register's, or the history folder's when one is given. */
        ReviewHistory reviewHistory() {
            return history != null ? new HistoryFolder(history) : registerHistory();
        }

        /** Where drawn reviews go: the register, or the history folder. */
        ReviewSchedule schedule() {
            return history != null ? new HistoryFolder(history) : registerHistory();
        }

        /** Where draws are logged: the register's event log, the history folder's events.jsonl, or nowhere. */
        DrawLog log(boolean dryRun) {
            if (dryRun) {
                return DrawLog.discard();
            }
            return history != null ? new EventLogFile(history.resolve("events.jsonl")) : new RegisterDrawLog(register());
        }

        private RegisterHistory registerHistory() {
            return new RegisterHistory(register(), Clock.systemUTC());
        }

        private Register register() {
            if (register == null) {
                register = Register.open(configOptions.config());
            }
            return register;
        }
    }

    @Override
    public Integer call() {
        return guarded(spec, () -> verify != null ? verifyRecord() : draw());
    }

    private int draw() throws IOException, Docx4JException {
        if (year == null || seed == null || underReview == null) {
            throw new LotsInputException("A draw needs --year, --seed and --under (or --under-file); see --help");
        }
        DrawPolicy policy = inputs.policy(inputs.instrument);
        DrawRequest request = new DrawRequest(cycle, year, seed, underReview.read(), new TreeSet<>(normalise(deferring)),
                date == null ? LocalDate.now(Clock.systemDefaultZone()) : parseDate(date));
        DrawInputs drawInputs = new DrawInputs(inputs.roster(), policy, inputs.reviewHistory(), request);
        DrawLog log = inputs.log(dryRun);
        DrawResult result;
        try {
            result = new LotDrawer().draw(drawInputs);
        } catch (DrawBlockedException e) {
            log.append(event(DrawEvent.Kind.BLOCKED, policy.mechanism(), request, "secretariat", e.getMessage(), ""));
            throw e;
        }
        String hash = publish(result, drawInputs.roster());
        log.append(event(DrawEvent.Kind.DRAW, policy.mechanism(), request, "secretariat",
                "Drew reviewers for " + request.underReview().size() + " States under review with seed " + seed, hash));
        spec.commandLine().getOut().println(summary(result));
        return 0;
    }

    private int verifyRecord() throws IOException {
        DrawResult recorded = DrawRecordJson.read(verify);
        DrawPolicy policy = inputs.policy(recorded.mechanism());
        DrawInputs drawInputs = new DrawInputs(inputs.roster(), policy, inputs.reviewHistory(), recorded.request());
        DrawVerifier.Verification verification = new DrawVerifier().verify(recorded, drawInputs);
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

    /** Writes record, workbook and document, and the reviews to the history; returns the record's hash. */
    private String publish(DrawResult result, PartyRoster roster) throws IOException, Docx4JException {
        Files.createDirectories(out);
        return LotsCommand.publish(result, roster, inputs, out.resolve(result.name() + ".json"), dryRun);
    }

    static String publish(DrawResult result, PartyRoster roster, Inputs inputs, Path record, boolean dryRun)
            throws IOException, Docx4JException {
        String hash = DrawRecordJson.write(result, record);
        String base = record.getFileName().toString().replaceFirst("\\.json$", "");
        RecordLabels labels = RecordLabels.from(inputs.templateSource());
        Path folder = record.toAbsolutePath().getParent();
        new PairingsWorkbook(labels).write(result, roster, folder.resolve(base + ".xlsx"));
        new DrawRecordDocument(labels).write(result, roster, record.getFileName().toString(),
                folder.resolve(base + ".docx"));
        if (!dryRun) {
            inputs.schedule().record(result.mechanism(), result.request().cycle(), result.request().year(),
                    new ReviewScheduler().reviews(result, roster), hash);
        }
        return hash;
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

    static DrawEvent event(DrawEvent.Kind kind, String mechanism, DrawRequest request, String actor, String summary,
                           String hash) {
        return new DrawEvent(Instant.now(), kind, mechanism, request.cycle(), request.year(), actor, summary, hash);
    }

    static List<String> normalise(List<String> codes) {
        return codes.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty())
                .collect(Collectors.toList());
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new LotsInputException("'" + text + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    /** A step that may fail on input; {@link #guarded} turns failures into a message and an exit code. */
    interface Step {
        int run() throws IOException, Docx4JException;
    }

    static int guarded(CommandSpec spec, Step step) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return step.run();
        } catch (DrawBlockedException e) {
            err.println("No draw is possible: " + e.getMessage());
            return BLOCKED;
        } catch (LotsInputException e) {
            err.println(e.getMessage());
            return INPUT_PROBLEM;
        } catch (IOException e) {
            err.println("Cannot read or write a file: " + e.getMessage());
            return INPUT_PROBLEM;
        } catch (Docx4JException e) {
            err.println("Cannot write the Word record: " + e.getMessage());
            return INPUT_PROBLEM;
        } catch (IllegalArgumentException | UserInputException | org.irm.config.ConfigurationException e) {
            // The register refusing a review (drawn for another year, already started) or a bad setting.
            err.println(e.getMessage());
            return INPUT_PROBLEM;
        } catch (org.irm.register.RegisterException e) {
            err.println(e.getMessage());
            return INPUT_PROBLEM;
        }
    }

    /** {@code irm lots redraw}: draws again the reviewers of one State under review, on request. */
    @Command(name = "redraw", mixinStandardHelpOptions = true,
            header = "Draw again the reviewing States of one State under review, at its request.",
            description = "Replaces both reviewing States (or the one named with --replace, or the requesting reviewing State where the policy lets reviewing States ask), keeps every other pairing, and rewrites the record, workbook and document. At most redraw.max redraws per requester and State under review; more only with --exceptional. Every redraw is recorded with its reason.",
            exitCodeOnInvalidInput = 2)
    static class Redraw implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Inputs inputs = new Inputs();

        @Option(names = "--record", paramLabel = "RECORD.json", required = true, description = "The draw's record.")
        Path record;

        @Option(names = "--state", paramLabel = "ISO3", required = true, description = "The State under review.")
        String state;

        @Option(names = "--requested-by", paramLabel = "ISO3", required = true,
                description = "Who asks: the State under review or one of its reviewing States.")
        String requestedBy;

        @Option(names = "--reason", required = true, description = "Why, as it will be recorded.")
        String reason;

        @Option(names = "--replace", paramLabel = "ISO3", description = "Replace only this reviewing State.")
        String replace;

        @Option(names = "--exceptional", description = "Exceptional circumstances: allow more than redraw.max.")
        boolean exceptional;

        @Option(names = "--dry-run", description = "Rewrite the outputs but record nothing in the register (or history folder).")
        boolean dryRun;

        @Override
        public Integer call() {
            return guarded(spec, this::redraw);
        }

        private int redraw() throws IOException, Docx4JException {
            DrawResult previous = DrawRecordJson.read(record);
            DrawPolicy policy = inputs.policy(previous.mechanism());
            PartyRoster roster = inputs.roster();
            DrawInputs drawInputs = new DrawInputs(roster, policy, inputs.reviewHistory(), previous.request());
            String u = state.trim().toUpperCase(Locale.ROOT);
            String by = requestedBy.trim().toUpperCase(Locale.ROOT);
            RedrawRequest request = new RedrawRequest(u, by,
                    Optional.ofNullable(replace).map(r -> r.trim().toUpperCase(Locale.ROOT)), reason, exceptional);
            DrawLog log = inputs.log(dryRun);
            DrawResult after;
            try {
                after = new LotDrawer().redraw(previous, drawInputs, request);
            } catch (LotsInputException e) {
                log.append(event(DrawEvent.Kind.REDRAW_REFUSED, policy.mechanism(), previous.request(), by,
                        "Redraw for " + u + " refused: " + e.getMessage(), ""));
                throw e;
            }
            String hash = publish(after, roster, inputs, record, dryRun);
            org.irm.lots.Redraw done = after.redraws().get(after.redraws().size() - 1);
            log.append(event(DrawEvent.Kind.REDRAW, policy.mechanism(), previous.request(), by,
                    "Redraw " + done.number() + " for " + u + " (" + reason + "): " + String.join(", ", done.replaced())
                            + " replaced by " + String.join(", ", done.drawn()), hash));
            spec.commandLine().getOut().println(u + ": " + String.join(", ", done.replaced()) + " replaced by "
                    + String.join(", ", done.drawn()));
            return 0;
        }
    }

    /** {@code irm lots years}: orders the review years of a new cycle. */
    @Command(name = "years", mixinStandardHelpOptions = true,
            header = "Order the review years of a new cycle.",
            description = "new-draw: a new draw of years from the seed; keep: each party in the same year of the cycle as in the previous one (new parties to the emptiest years); oldest-summary: parties whose executive summary of the previous cycle is oldest first (the day the register's review reached stage final (irm review advance), or the history folder's summaries.csv).",
            exitCodeOnInvalidInput = 2)
    static class Years implements Callable<Integer> {

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
        public Integer call() {
            return guarded(spec, this::plan);
        }

        private int plan() throws IOException {
            ReviewYears.Option chosen = ReviewYears.Option.parse(option);
            if (chosen != ReviewYears.Option.KEEP && seed.isBlank()) {
                throw new LotsInputException("This option draws an order: give the published --seed");
            }
            DrawPolicy policy = inputs.policy(inputs.instrument);
            List<List<String>> plan = new ReviewYears().plan(inputs.roster(), policy, inputs.reviewHistory(), cycle,
                    chosen, seed);
            StringBuilder csv = new StringBuilder("year,iso3\n");
            PrintWriter outWriter = spec.commandLine().getOut();
            for (int y = 0; y < plan.size(); y++) {
                String label = firstYear == null ? "year " + (y + 1) : Integer.toString(firstYear + y);
                outWriter.println(label + " (" + plan.get(y).size() + "): " + String.join(", ", plan.get(y)));
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
