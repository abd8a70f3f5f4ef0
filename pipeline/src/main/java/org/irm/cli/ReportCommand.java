package org.irm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.docx.RefusedDocumentException;
import org.irm.identity.IdentitySeal;
import org.irm.register.Register;
import org.irm.report.DraftImporter;
import org.irm.report.ReportFinding;
import org.irm.report.ReportKind;
import org.irm.report.ReportService;
import org.irm.docx.RefusalReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code irm report}: drafts a State's country review report and executive summary (or every reviewed
 * State's, one State after another in one process), or takes an edited draft back.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Draft a State's country review report and executive summary, or take an edited draft back.",
        description = {
            "With --state: drafts from what the register holds (the review, the State's answers, the reviewers' notes",
            "and every edit taken back) into watch-folders/outbox/<ISO3>/ (or --out), one .docx per kind and language.",
            "A draft is written only when its inputs changed since the last one, under a new name (report-KEN-en.docx,",
            "report-KEN-en-2.docx, ...): nothing written before is overwritten. Same inputs, same bytes.",
            "With --all-states: drafts so for every State whose review the register holds, each into its own folder",
            "(or all into --out), in the States list's order.",
            "An executive summary over irm.report.summary.maxWords (1,000) is reported as a finding.",
            "With --import: takes back a draft the secretariat edited in Word; every edited block becomes a new",
            "version in the register, kept by the next drafts in every language that shows that text."
        })
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
            description = "State under review (ISO 3166 alpha-3).")
    String state;

    @Option(names = "--all-states", description = "Draft for every State whose review the register holds.")
    boolean allStates;

    @Option(names = "--language", split = ",", paramLabel = "LANG",
            description = "Languages of the drafts: ar, en, es, fr, ru, zh, or all (default: the review's language).")
    List<String> languages;

    @Option(names = "--kind", split = ",", paramLabel = "KIND",
            description = "report, summary, or both separated by a comma (default: report,summary).")
    List<String> kinds;

    @Mixin
    OutboxFolder outbox;

    @Option(names = "--import", paramLabel = "FILE", description = "An edited draft to take back into the register.")
    Path imported;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = "secretariat",
            description = "Who edited the draft taken back with --import (default: ${DEFAULT-VALUE}).")
    String author;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, CatalogueException {
        if ((state != null ? 1 : 0) + (allStates ? 1 : 0) + (imported != null ? 1 : 0) != 1) {
            throw new UserInputException("Name either the State to draft for (--state ISO3), every State under review "
                    + "(--all-states) or an edited draft to take back (--import FILE).");
        }
        IrmConfig config = configOptions.config();
        try (Register register = Register.open(config)) {
            return imported != null ? importDraft(config, register) : draft(config, register);
        }
    }

    private int draft(IrmConfig config, Register register) throws IOException, CatalogueException {
        ReportService service = ReportService.open(config, register, config.clock());
        List<ReportKind> asKinds = kinds == null ? List.of(ReportKind.values())
                : kinds.stream().map(ReportKind::of).distinct().toList();
        List<String> states = allStates ? service.underReview(StateList.load(config.templates()).all().stream()
                .map(State::iso3).toList()) : List.of(state);
        if (states.isEmpty()) {
            throw new UserInputException("No review is registered: draw the reviewing States (irm lots) first.");
        }
        PrintWriter say = spec.commandLine().getOut();
        NumberFormat words = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        service.regenerateEach(states, review -> languages(review.reviewLanguage()), asKinds,
                drafted -> outbox.forState(config, drafted), (drafted, outcomes) -> {
                    for (ReportService.Outcome outcome : outcomes) {
                        say.printf(Locale.ROOT, "%-9s %-7s %s  %s  (%s words)%n", outcome.status(), outcome.kind().code(),
                                outcome.language().code(), outcome.file(), words.format(outcome.words()));
                        for (ReportFinding finding : outcome.findings()) {
                            say.printf(Locale.ROOT, "  FINDING %s: %s%n", finding.code(), finding.message());
                        }
                    }
                });
        return 0;
    }

    private int importDraft(IrmConfig config, Register register) throws IOException {
        if (!Files.isRegularFile(imported)) {
            throw new UserInputException("No file at " + imported);
        }
        DraftImporter.Imported result;
        try {
            result = new DraftImporter(register.reportRecords(),
                    new IdentitySeal(SecretKeys.sealingKey(config)), config.clock())
                    .importDraft(imported, author);
        } catch (DraftImporter.ForgedDraftException e) {
            throw new UserInputException(RefusalReason.REPORT_DRAFT_BAD_SEAL.code() + ": " + e.getMessage());
        } catch (RefusedDocumentException e) {
            throw new UserInputException(imported + " cannot be read as a Word document: " + e.getMessage());
        }
        PrintWriter say = spec.commandLine().getOut();
        say.printf("Took back %s, the %s draft (%s) of review %s: %d blocks edited%s, %d unchanged.%n", imported,
                result.draft().kind().code(), result.draft().language().code(), result.draft().reviewId(),
                result.edited().size(), result.edited().isEmpty() ? "" : " (" + String.join(", ", result.edited()) + ")",
                result.unchanged());
        if (!result.unknown().isEmpty()) {
            say.println("Not recognised (blocks of another draft?): " + String.join(", ", result.unknown()));
        }
        if (!result.edited().isEmpty()) {
            say.println("Run irm report --state " + result.draft().state() + " to draft again with the edits.");
        }
        return 0;
    }

    private List<Language> languages(Language reviewLanguage) {
        if (languages == null || languages.isEmpty()) {
            return List.of(reviewLanguage);
        }
        if (languages.size() == 1 && languages.get(0).trim().equalsIgnoreCase("all")) {
            return Arrays.asList(Language.values());
        }
        List<Language> asked = new ArrayList<>();
        new LinkedHashSet<>(languages).forEach(code -> asked.add(Language.of(code)));
        return asked;
    }
}
