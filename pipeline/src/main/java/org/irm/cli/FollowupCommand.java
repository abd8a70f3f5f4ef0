package org.irm.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.followup.ActionPlans;
import org.irm.followup.FinalReportTracking;
import org.irm.followup.FollowUpForms;
import org.irm.followup.FollowUpLabels;
import org.irm.followup.Tracker;
import org.irm.followup.TrackerReports;
import org.irm.identity.IdentitySeal;
import org.irm.register.Recommendations;
import org.irm.register.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm followup}: the recommendation register after the report, follow-up forms, action plans and the tracker. */
@Command(name = "followup", mixinStandardHelpOptions = true,
        header = "Track a final report's recommendations, write follow-up forms and action plans, show the tracker.",
        description = {
            "After the report (issue 14): 'track' turns the recommendations, good practices and technical-assistance",
            "needs of a State's final report into tracked items with stable ids; 'assign' makes an agency responsible;",
            "'form' writes a sealed Word follow-up form that comes back through the desk like a checklist (irm ingest,",
            "the inbox, e-mail); 'plan' writes the action plan (.docx and .xlsx); 'status' shows the tracker."
        },
        subcommands = {FollowupCommand.Track.class, FollowupCommand.Assign.class, FollowupCommand.Form.class,
            FollowupCommand.Plan.class, FollowupCommand.Status.class})
public final class FollowupCommand extends CommandGroup {

    /** {@code irm followup track}. */
    @Command(name = "track", mixinStandardHelpOptions = true,
            header = "Track the recommendations, good practices and TA needs of a State's final report.",
            description = {"Takes the State's latest review's report blocks as finally edited (edits taken back with",
                "irm report --import included). Tracking again creates nothing new; ids never change."})
    static final class Track implements Callable<Integer> {

        @Mixin
        StateOption state;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            IrmConfig config = configOptions.config();
            String iso3 = state.iso3();
            try (Register register = Register.open(config)) {
                Recommendations.Tracked tracked;
                try {
                    tracked = new FinalReportTracking(register, config.clock()).trackState(iso3);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new UserInputException(e.getMessage());
                }
                spec.commandLine().getOut().printf("%s: %d items tracked (%d new, %d texts brought up to date)%n", iso3,
                        tracked.items().size(), tracked.created(), tracked.textsUpdated());
                tracked.items().forEach(item -> spec.commandLine().getOut().printf("  %s  %s%n", item.id(),
                        oneLine(item.finalText())));
            }
            return 0;
        }
    }

    /** {@code irm followup assign}. */
    @Command(name = "assign", mixinStandardHelpOptions = true, header = "Make a national agency responsible for a tracked item.")
    static final class Assign implements Callable<Integer> {

        @Option(names = "--item", required = true, paramLabel = "ID", description = "The item's id, e.g. uncac-2-KEN/R-5.1-01.")
        String item;

        @Option(names = "--agency", required = true, paramLabel = "NAME", description = "The agency's name.")
        String agency;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (agency.isBlank() || agency.length() > 300) {
                throw new UserInputException("Name the agency in 1 to 300 characters.");
            }
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                boolean added;
                try {
                    added = register.recommendations().assign(item, agency.strip(),
                            System.getProperty("user.name", "secretariat"), config.clock().instant());
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage() + " List the items with irm followup status --state <ISO3> --json.");
                }
                spec.commandLine().getOut().printf(added ? "%s: %s is responsible%n" : "%s: %s was responsible already%n",
                        item, agency.strip());
            }
            return 0;
        }
    }

    /** {@code irm followup form}. */
    @Command(name = "form", mixinStandardHelpOptions = true,
            header = "Write a State's follow-up form (.docx) for its open items, pre-filled with the last update.",
            description = {"Written into watch-folders/outbox/<ISO3>/ (or --out); an earlier file is never overwritten.",
                "The State returns it filled like a checklist: shared folder, e-mail, or irm ingest."})
    static final class Form implements Callable<Integer> {

        @Mixin
        StateOption state;

        @Option(names = "--language", paramLabel = "LANG", description = "ar, en, es, fr, ru or zh (default: the review's language).")
        String language;

        @Option(names = "--agency", paramLabel = "NAME", description = "Only the items assigned to this agency.")
        String agency;

        @Option(names = "--provisions", paramLabel = "LIST", split = ",",
                description = "Only items of these articles (5) or provisions (5.1), comma-separated.")
        Set<String> provisions = Set.of();

        @Mixin
        OutboxFolder outbox;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CatalogueException, java.io.IOException {
            IrmConfig config = configOptions.config();
            StateList states = StateList.load(config.templates());
            State under = KnownStates.find(states, state.iso3());
            Language formLanguage = language == null ? null : languageOf(language);
            try (Register register = Register.open(config)) {
                FollowUpForms forms = new FollowUpForms(register.recommendations(), register.reviews(),
                        FollowUpLabels.load(config.templates()), states.names(), new IdentitySeal(SecretKeys.sealingKey(config)),
                        config.templates(), config.clock());
                FollowUpForms.Written written;
                try {
                    written = forms.write(new FollowUpForms.Request(under.iso3(), formLanguage, agency,
                            provisions), outbox.forState(config, under.iso3()));
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage());
                }
                spec.commandLine().getOut().printf("Wrote %s: follow-up form %s of %s, %d open items%n", written.file(),
                        written.manifest().identity().checklistId(), under.name(), written.itemIds().size());
            }
            return 0;
        }
    }

    /** {@code irm followup plan}. */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            header = "Write a State's action plan (.docx and .xlsx) from the tracker, overdue steps marked.",
            description = "Written into watch-folders/outbox/<ISO3>/ (or --out); an earlier file is never overwritten.")
    static final class Plan implements Callable<Integer> {

        @Mixin
        StateOption state;

        @Option(names = "--language", paramLabel = "LANG", description = "ar, en, es, fr, ru or zh (default: en).")
        String language;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day overdue steps are counted on (default: today, UTC).")
        LocalDate date;

        @Mixin
        OutboxFolder outbox;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CatalogueException, java.io.IOException {
            IrmConfig config = configOptions.config();
            StateList states = StateList.load(config.templates());
            State under = KnownStates.find(states, state.iso3());
            try (Register register = Register.open(config)) {
                ActionPlans plans = new ActionPlans(new Tracker(register.recommendations()),
                        FollowUpLabels.load(config.templates()), states.names(), config.templates());
                ActionPlans.Written written;
                try {
                    written = plans.write(under.iso3(), language == null ? Language.EN : languageOf(language),
                            day(date, config.clock()), outbox.forState(config, under.iso3()));
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage());
                }
                spec.commandLine().getOut().printf("Wrote %s and %s: %d items, %d overdue steps%n", written.docx(),
                        written.xlsx(), written.state().summary().items(), written.state().summary().overdueSteps());
            }
            return 0;
        }
    }

    /** {@code irm followup status}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            header = "Show the tracker: per State and provision the items by status, last update, overdue steps; the totals.",
            description = "Plain text by default; --json for scripts (keys in the README); --xlsx FILE for a workbook.")
    static final class Status implements Callable<Integer> {

        @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
                description = "Only this State (default: every State with tracked items).")
        String state;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day overdue steps are counted on (default: today, UTC).")
        LocalDate date;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the tracker as a workbook to FILE (never overwritten).")
        Path xlsx;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            if (json && xlsx != null) {
                throw new UserInputException("Choose --json or --xlsx, not both.");
            }
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                Tracker.View view = new Tracker(register.recommendations())
                        .view(state, day(date, config.clock()));
                if (xlsx != null) {
                    if (Files.exists(xlsx)) {
                        throw new UserInputException(xlsx + " exists already: name a new file.");
                    }
                    if (xlsx.toAbsolutePath().getParent() != null) {
                        Files.createDirectories(xlsx.toAbsolutePath().getParent());
                    }
                    try (OutputStream out = Files.newOutputStream(xlsx, StandardOpenOption.CREATE_NEW)) {
                        TrackerReports.xlsx(view, out);
                    }
                    spec.commandLine().getOut().printf("Wrote %s: %d States, %d items%n", xlsx, view.states().size(),
                            view.totals().items());
                } else {
                    spec.commandLine().getOut().print(json ? TrackerReports.json(view) : TrackerReports.text(view));
                }
            }
            return 0;
        }
    }

    static LocalDate day(LocalDate date, Clock clock) {
        return date != null ? date : LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    static Language languageOf(String code) {
        try {
            return Language.of(code.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("Unknown language '" + code + "': use one of "
                    + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static String oneLine(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > 90 ? line.substring(0, 87) + "..." : line;
    }
}
