package org.irm.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;

/** The TA-needs figures as the tables of the note (one sheet each in the .xlsx), with the charts the note has. */
public final class TaNeedsTables {

    private final AnalysisLabels labels;
    private final CategoryScheme scheme;
    private final Language language;

    public TaNeedsTables(AnalysisLabels labels, CategoryScheme scheme, Language language) {
        this.labels = labels;
        this.scheme = scheme;
        this.language = language;
    }

    public List<AnalysisTable> tables(TaNeedsFigures figures) {
        List<String> chapters = new ArrayList<>(figures.summary().needsByChapter().keySet());
        List<AnalysisTable> tables = new ArrayList<>();
        tables.add(summary(figures, chapters));
        tables.add(dates(figures, chapters));
        tables.add(categories("categories", "table.categories", "col.share", figures.categories(), chapters));
        tables.add(categories("subcategories", "table.subcategories", "col.shareOfCapacity", figures.subcategories(), chapters));
        tables.add(regions(figures));
        for (String chapter : chapters) {
            tables.add(articles(figures, chapter));
        }
        tables.add(groups(figures));
        tables.add(tags(figures));
        return tables;
    }

    private AnalysisTable summary(TaNeedsFigures figures, List<String> chapters) {
        AnalysisTable.Builder table = builder("summary", "table.summary").column(text("col.figure"), AnalysisTable.Kind.TEXT)
                .column(text("col.value"), AnalysisTable.Kind.COUNT);
        TaNeedsFigures.Summary summary = figures.summary();
        table.row(text("figure.completed"), summary.completed()).row(text("figure.withNeeds"), summary.withNeeds())
                .row(text("figure.needs"), summary.needs());
        for (String chapter : chapters) {
            table.row(chapterFigure(chapter), summary.statesByChapter().get(chapter));
        }
        table.row(text("figure.notCoded"), summary.notCoded()).row(text("figure.suggestedOnly"), summary.suggestedOnly());
        return table.build();
    }

    private String chapterFigure(String chapter) {
        return labels.find(language, "figure.chapter" + chapter + "States")
                .orElse(text("figure.chapterIIStates").replace(" II ", " " + chapter + " "));
    }

    private AnalysisTable dates(TaNeedsFigures figures, List<String> chapters) {
        AnalysisTable.Builder table = builder("chapters", "table.chapters").column(text("col.date"), AnalysisTable.Kind.TEXT)
                .column(text("col.completed"), AnalysisTable.Kind.COUNT).column(text("col.withNeeds"), AnalysisTable.Kind.COUNT)
                .column(text("col.needs"), AnalysisTable.Kind.COUNT);
        chapters.forEach(chapter -> table.column(chapterHeader(chapter), AnalysisTable.Kind.COUNT));
        table.column(text("col.completedSince"), AnalysisTable.Kind.COUNT)
                .column(text("col.withNeedsSince"), AnalysisTable.Kind.COUNT).column(text("col.needsSince"), AnalysisTable.Kind.COUNT);
        for (TaNeedsFigures.AtDate date : figures.dates()) {
            List<Object> row = new ArrayList<>(List.of(date.date().toString(), date.completed(), date.withNeeds(), date.needs()));
            chapters.forEach(chapter -> row.add(date.needsByChapter().get(chapter)));
            row.addAll(List.of(date.completedSince(), date.withNeedsSince(), date.needsSince()));
            table.row(row.toArray());
        }
        Integer[] series = new Integer[chapters.size()];
        for (int i = 0; i < series.length; i++) {
            series[i] = 4 + i;
        }
        return table.chart(0, series).build();
    }

    private AnalysisTable categories(String id, String title, String shareHeader, List<TaNeedsFigures.CategoryFigure> rows,
                                     List<String> chapters) {
        AnalysisTable.Builder table = builder(id, title)
                .column(text(id.equals("categories") ? "col.category" : "col.subcategory"), AnalysisTable.Kind.TEXT)
                .column(text("col.needs"), AnalysisTable.Kind.COUNT).column(text(shareHeader), AnalysisTable.Kind.SHARE)
                .column(text("col.states"), AnalysisTable.Kind.COUNT);
        chapters.forEach(chapter -> table.column(chapterHeader(chapter), AnalysisTable.Kind.COUNT));
        for (TaNeedsFigures.CategoryFigure figure : rows) {
            List<Object> row = new ArrayList<>(List.of(figure.label(), figure.needs(), figure.share(), figure.states()));
            chapters.forEach(chapter -> row.add(figure.needsByChapter().get(chapter)));
            table.row(row.toArray());
        }
        return table.chart(0, 1).build();
    }

    private AnalysisTable regions(TaNeedsFigures figures) {
        AnalysisTable.Builder table = builder("regions", "table.regions")
                .column(text("col.regionalGroup"), AnalysisTable.Kind.TEXT).column(text("col.parties"), AnalysisTable.Kind.COUNT)
                .column(text("col.completed"), AnalysisTable.Kind.COUNT).column(text("col.withNeeds"), AnalysisTable.Kind.COUNT)
                .column(text("col.needs"), AnalysisTable.Kind.COUNT);
        figures.regions().forEach(r -> table.row(r.group(), r.parties(), r.completed(), r.withNeeds(), r.needs()));
        return table.chart(0, 1, 2, 3).build();
    }

    private AnalysisTable articles(TaNeedsFigures figures, String chapter) {
        AnalysisTable.Builder table = new AnalysisTable.Builder("articles-" + chapter, labels.find(language,
                "table.articles." + chapter).orElse(text("table.articles.II").replace("II", chapter)))
                .column(text("col.article"), AnalysisTable.Kind.TEXT).column(text("col.needs"), AnalysisTable.Kind.COUNT)
                .column(text("col.states"), AnalysisTable.Kind.COUNT);
        List<String> categories = figures.articles().stream().filter(a -> a.chapter().equals(chapter))
                .flatMap(a -> a.needsByCategory().keySet().stream()).distinct().toList();
        categories.forEach(code -> table.column(categoryLabel(code), AnalysisTable.Kind.COUNT));
        for (TaNeedsFigures.ArticleFigure article : figures.articles()) {
            if (!article.chapter().equals(chapter)) {
                continue;
            }
            List<Object> row = new ArrayList<>(List.of(Integer.toString(article.article()), article.needs(), article.states()));
            categories.forEach(code -> row.add(article.needsByCategory().getOrDefault(code, 0)));
            table.row(row.toArray());
        }
        return table.chart(0, 1).build();
    }

    private AnalysisTable groups(TaNeedsFigures figures) {
        AnalysisTable.Builder table = builder("groups", "table.groups").column(text("col.group"), AnalysisTable.Kind.TEXT)
                .column(text("col.chapter"), AnalysisTable.Kind.TEXT)
                .column(text("col.needs"), AnalysisTable.Kind.COUNT).column(text("col.states"), AnalysisTable.Kind.COUNT)
                .column(text("col.share"), AnalysisTable.Kind.SHARE).column(text("col.shareOfChapter"), AnalysisTable.Kind.SHARE);
        for (String code : scheme.categories()) {
            String label = scheme.label(language, code);
            table.column(label + ": " + text("col.needs"), AnalysisTable.Kind.COUNT)
                    .column(label + ": " + text("col.share"), AnalysisTable.Kind.SHARE)
                    .column(label + ": " + text("col.states"), AnalysisTable.Kind.COUNT);
        }
        for (TaNeedsFigures.GroupFigure group : figures.groups()) {
            List<Object> row = new ArrayList<>(List.of(String.join(", ", group.articles().stream().map(String::valueOf).toList()),
                    group.chapter(), group.needs(), group.states(), group.shareOfAll(), group.shareOfChapter()));
            Map<String, TaNeedsFigures.GroupCategory> byCode = new HashMap<>();
            group.categories().forEach(c -> byCode.put(c.code(), c));
            for (String code : scheme.categories()) {
                TaNeedsFigures.GroupCategory category = byCode.get(code);
                row.addAll(List.of(category.needs(), category.share(), category.states()));
            }
            table.row(row.toArray());
        }
        return table.chart(0, 2, 3).build();
    }

    private AnalysisTable tags(TaNeedsFigures figures) {
        AnalysisTable.Builder table = builder("tags", "table.tags").column(text("col.tag"), AnalysisTable.Kind.TEXT)
                .column(text("col.states"), AnalysisTable.Kind.COUNT)
                .column(text("col.shareOfStatesWithNeeds"), AnalysisTable.Kind.SHARE).column(text("col.needs"), AnalysisTable.Kind.COUNT);
        figures.tags().forEach(tag -> table.row(tag.label(), tag.states(), tag.share(), tag.needs()));
        return table.chart(0, 1).build();
    }

    private String categoryLabel(String code) {
        return TaNeedsAnalysis.NOT_CODED.equals(code) ? text("category.none") : scheme.label(language, code);
    }

    private String chapterHeader(String chapter) {
        return labels.find(language, "col.chapter" + chapter).orElse(text("col.chapter") + " " + chapter);
    }

    private AnalysisTable.Builder builder(String id, String titleKey) {
        return new AnalysisTable.Builder(id, labels.find(language, titleKey).orElse(titleKey));
    }

    private String text(String key) {
        return labels.text(language, key);
    }
}
