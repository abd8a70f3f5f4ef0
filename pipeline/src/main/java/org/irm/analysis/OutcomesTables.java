package org.irm.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.irm.catalogue.Language;
import org.irm.register.ContributorTally;

/** The outcomes figures as the tables of the note (one sheet each in the .xlsx), with their charts. */
public final class OutcomesTables {

    private final AnalysisLabels labels;
    private final Language language;

    public OutcomesTables(AnalysisLabels labels, Language language) {
        this.labels = labels;
        this.language = language;
    }

    public List<AnalysisTable> tables(OutcomesFigures figures) {
        OutcomesFigures.Summary summary = figures.summary();
        AnalysisTable overview = builder("summary", "table.outcomes.summary").column(text("col.figure"), AnalysisTable.Kind.TEXT)
                .column(text("col.value"), AnalysisTable.Kind.COUNT)
                .row(text("col.completed"), summary.completed()).row(text("figure.recommendations"), summary.recommendations())
                .row(text("figure.goodPractices"), summary.goodPractices())
                .row(text("figure.statesWithRecommendations"), summary.statesWithRecommendations()).build();

        AnalysisTable.Builder articles = builder("articles", "table.outcomes.articles")
                .column(text("col.chapter"), AnalysisTable.Kind.TEXT).column(text("col.article"), AnalysisTable.Kind.TEXT)
                .column(text("col.recommendations"), AnalysisTable.Kind.COUNT)
                .column(text("col.goodPractices"), AnalysisTable.Kind.COUNT)
                .column(text("col.statesWithRecommendations"), AnalysisTable.Kind.COUNT);
        figures.articles().forEach(a -> articles.row(a.chapter(), a.article() == 0 ? "-" : Integer.toString(a.article()),
                a.recommendations(), a.goodPractices(), a.statesWithRecommendations()));

        AnalysisTable.Builder regions = builder("regions", "table.outcomes.regions")
                .column(text("col.regionalGroup"), AnalysisTable.Kind.TEXT).column(text("col.completed"), AnalysisTable.Kind.COUNT)
                .column(text("col.recommendations"), AnalysisTable.Kind.COUNT)
                .column(text("col.goodPractices"), AnalysisTable.Kind.COUNT);
        figures.regions().forEach(r -> regions.row(r.group(), r.completed(), r.recommendations(), r.goodPractices()));

        AnalysisTable.Builder years = builder("years", "table.outcomes.years").column(text("col.year"), AnalysisTable.Kind.TEXT)
                .column(text("col.completed"), AnalysisTable.Kind.COUNT)
                .column(text("col.recommendations"), AnalysisTable.Kind.COUNT)
                .column(text("col.goodPractices"), AnalysisTable.Kind.COUNT);
        figures.years().forEach(y -> years.row(Integer.toString(y.year()), y.completed(), y.recommendations(), y.goodPractices()));

        AnalysisTable.Builder top = builder("top", "table.outcomes.top").column(text("col.rank"), AnalysisTable.Kind.COUNT)
                .column(text("col.article"), AnalysisTable.Kind.TEXT).column(text("col.chapter"), AnalysisTable.Kind.TEXT)
                .column(text("col.recommendations"), AnalysisTable.Kind.COUNT);
        int rank = 0;
        for (OutcomesFigures.ArticleOutcome a : figures.topArticles()) {
            top.row(++rank, Integer.toString(a.article()), a.chapter(), a.recommendations());
        }

        AnalysisTable.Builder status = builder("implementation", "table.outcomes.status")
                .column(text("col.status"), AnalysisTable.Kind.TEXT).column(text("col.recommendations"), AnalysisTable.Kind.COUNT)
                .column(text("col.share"), AnalysisTable.Kind.SHARE);
        figures.implementation().forEach(s -> status.row(s.label(), s.recommendations(), s.share()));

        return List.of(overview, articles.chart(1, 2, 3).build(), regions.chart(0, 2, 3).build(), years.chart(0, 2, 3).build(),
                top.chart(1, 3).build(), status.chart(0, 1).build());
    }

    /**
     * The contributors States invited, per kind: how many States invited any, how many contributors stand
     * invited and how many of them returned their input.
     */
    public AnalysisTable contributors(List<ContributorTally> tally) {
        Map<String, List<ContributorTally>> byKind = new TreeMap<>();
        tally.forEach(t -> byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t));
        AnalysisTable.Builder table = builder("contributors", "table.outcomes.contributors")
                .column(text("col.contributorKind"), AnalysisTable.Kind.TEXT).column(text("col.states"), AnalysisTable.Kind.COUNT)
                .column(text("col.invited"), AnalysisTable.Kind.COUNT).column(text("col.returned"), AnalysisTable.Kind.COUNT);
        byKind.forEach((kind, rows) -> table.row(labels.find(language, "contributorKind." + kind).orElse(kind),
                (int) rows.stream().filter(t -> t.invited() > 0).map(ContributorTally::state).distinct().count(),
                rows.stream().mapToInt(ContributorTally::invited).sum(),
                rows.stream().mapToInt(ContributorTally::returned).sum()));
        return table.chart(0, 2, 3).build();
    }

    private AnalysisTable.Builder builder(String id, String titleKey) {
        return new AnalysisTable.Builder(id, labels.find(language, titleKey).orElse(titleKey));
    }

    private String text(String key) {
        return labels.text(language, key);
    }
}
