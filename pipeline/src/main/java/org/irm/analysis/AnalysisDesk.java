package org.irm.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.folders.OutputFolder;
import org.irm.register.ContributorTally;
import org.irm.register.Contributors;
import org.irm.register.FollowUpItem;
import org.irm.register.FollowUpStatus;
import org.irm.register.Register;

/**
 * The analysis's front door, called alike by {@code irm analysis}, {@code irm demo} and tests: export
 * and import the coding workbook, compute and write the TA-needs and outcomes analyses of an instrument's
 * cycle (its catalogue says which chapters and articles there are).
 */
public final class AnalysisDesk {

    private final Register register;
    private final TemplateSource templates;
    private final Catalogue catalogue;
    private final StateList states;
    private final AnalysisLabels labels;
    private final CategoryScheme scheme;
    private final KeywordRules rules;
    private final Clock clock;

    public AnalysisDesk(Register register, TemplateSource templates, Catalogue catalogue, StateList states, Clock clock) {
        this.register = register;
        this.templates = templates;
        this.catalogue = catalogue;
        this.states = states;
        this.labels = AnalysisLabels.load(templates);
        this.scheme = CategoryScheme.load(templates, labels);
        this.rules = KeywordRules.load(templates, scheme);
        this.clock = clock;
    }

    public CategoryScheme scheme() {
        return scheme;
    }

    /** What the register holds for the analysis: the cycle's completed reviews and their items. */
    public CompletedReviews.Snapshot snapshot() {
        return new CompletedReviews(register, states, catalogue).read(catalogue.instrument(), catalogue.cycle());
    }

    /** Writes the coding workbook of every need of the completed reviews; returns the file and how many needs. */
    public record Exported(Path file, int needs) { }

    /** Writes the coding workbook into the file (refusing to replace an existing one). */
    public Exported exportCoding(Path file, Language language) throws IOException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists: give a new file name (the analysis never overwrites a file)");
        }
        List<ReportItem> needs = snapshot().ofKind(ReportItem.TA_NEED);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        Path written = new OutputFolder(folder).write(base, ".xlsx", out -> new CodingWorkbook(scheme, rules, labels)
                .write(needs, register.needCodings().latest(), language, out));
        return new Exported(written, needs.size());
    }

    /** Takes a coding workbook back, as {@code by}. */
    public CodingImport.Result importCoding(Path file, String by) throws IOException {
        return new CodingImport(register, scheme, rules, labels).importFile(file, snapshot().ofKind(ReportItem.TA_NEED), by,
                clock.instant());
    }

    /** The TA-needs figures as of the dates (today when none). */
    public TaNeedsFigures taNeeds(List<LocalDate> asOf, Language language) {
        return new TaNeedsAnalysis(scheme, ArticleGroups.load(templates), labels, states, catalogue)
                .analyse(snapshot(), register.needCodings().latest(), dates(asOf), language);
    }

    /** The TA-needs analysis's tables (each with what to chart) as of a date, today when null: what the console draws. */
    public List<AnalysisTable> taNeedsTables(LocalDate asOf, Language language) {
        return new TaNeedsTables(labels, scheme, language).tables(taNeeds(asOf == null ? null : List.of(asOf), language));
    }

    /** The outcomes analysis's tables as of a date, today when null: what the console draws. */
    public List<AnalysisTable> outcomesTables(LocalDate asOf, Language language) {
        return new OutcomesTables(labels, language).tables(outcomes(asOf, language));
    }

    /** An analysis's title in a language ({@code ta-needs} or {@code outcomes}). */
    public String title(String analysis, Language language) {
        return labels.text(language, "note.title." + analysis);
    }

    /** An analysis written: its figures and its files. */
    public record Written<F>(F figures, AnalysisOutputs.Written files) { }

    /** Writes the TA-needs analysis (.xlsx, .docx, .json) into the folder. */
    public Written<TaNeedsFigures> writeTaNeeds(Path folder, List<LocalDate> asOf, Language language) throws IOException {
        TaNeedsFigures figures = taNeeds(asOf, language);
        List<AnalysisTable> tables = new TaNeedsTables(labels, scheme, language).tables(figures);
        String title = labels.text(language, "note.title.ta-needs");
        List<String> introduction = List.of(labels.text(language, "note.intro.ta-needs", Integer.toString(figures.cycle()),
                Integer.toString(figures.summary().completed()), figures.asOf().toString()), figures.rounding());
        return new Written<>(figures, new AnalysisOutputs(templates).write(folder, "ta-needs-" + catalogue.instrument() + "-cycle"
                + catalogue.cycle() + "-" + figures.asOf() + "-" + language.code(), "ta-needs", title, introduction, tables,
                figures, language));
    }

    /** The outcomes figures as of a date (today when null). */
    public OutcomesFigures outcomes(LocalDate asOf, Language language) {
        CompletedReviews.Snapshot snapshot = snapshot();
        return new OutcomesAnalysis(catalogue, labels).analyse(snapshot, implementation(), asOf == null ? today() : asOf, language);
    }

    /** Writes the outcomes analysis (.xlsx, .docx, .json) into the folder. */
    public Written<OutcomesFigures> writeOutcomes(Path folder, LocalDate asOf, Language language) throws IOException {
        OutcomesFigures figures = outcomes(asOf, language);
        List<AnalysisTable> tables = new OutcomesTables(labels, language).tables(figures);
        String title = labels.text(language, "note.title.outcomes");
        List<String> introduction = List.of(labels.text(language, "note.intro.outcomes", Integer.toString(figures.cycle()),
                Integer.toString(figures.summary().completed()), figures.asOf().toString()), figures.rounding());
        List<ContributorTally> contributors = contributors();
        if (!contributors.isEmpty()) {
            tables = new ArrayList<>(tables);
            tables.add(new OutcomesTables(labels, language).contributors(contributors));
        }
        return new Written<>(figures, new AnalysisOutputs(templates).write(folder, "outcomes-" + catalogue.instrument() + "-cycle"
                + catalogue.cycle() + "-" + figures.asOf() + "-" + language.code(), "outcomes", title, introduction, tables,
                figures, Map.of("contributors", contributors), language));
    }

    /**
     * The contributors States invited for their reviews of this instrument and cycle (academia, the private
     * sector, civil society: issue 18), per State, review and kind: invited, returned, withdrawn.
     */
    public List<ContributorTally> contributors() {
        Map<String, Boolean> ofThisCycle = new HashMap<>();
        return new Contributors(register).tally().stream().filter(t -> ofThisCycle.computeIfAbsent(t.reviewId(),
                id -> register.reviews().find(id).map(r -> r.instrument().equals(catalogue.instrument())
                        && r.cycle() == catalogue.cycle()).orElse(id.startsWith(catalogue.instrument() + "-"
                        + catalogue.cycle() + "-")))).toList();
    }

    /** Each tracked recommendation's latest reported status, by {@code <review>|<block key>}. */
    private Map<String, String> implementation() {
        Map<String, String> statusOf = new HashMap<>();
        for (FollowUpItem item : register.recommendations().all()) {
            if (!ReportItem.RECOMMENDATION.equals(item.kind())) {
                continue;
            }
            List<FollowUpStatus> history = register.recommendations().history(item.id());
            String latest = history.isEmpty() ? "" : history.get(history.size() - 1).status();
            statusOf.put(item.reviewId() + "|" + item.blockKey(), latest.isEmpty() ? "not-reported" : latest);
        }
        return statusOf;
    }

    private List<LocalDate> dates(List<LocalDate> asOf) {
        return asOf == null || asOf.isEmpty() ? List.of(today()) : asOf;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
