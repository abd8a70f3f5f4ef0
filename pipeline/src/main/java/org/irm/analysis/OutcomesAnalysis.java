package org.irm.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.Language;

/**
 * The horizontal analysis of review outcomes (issue 15, point 4): recommendations and good practices of
 * the completed reviews per article and chapter, per regional group, per year of completion, the articles
 * with the most recommendations, and the recommendations' implementation as the follow-up tracker has it.
 * Pure over its inputs.
 */
public final class OutcomesAnalysis {

    /** How many articles the top list shows. */
    static final int TOP = 10;
    /** The implementation statuses in the order shown (the tracker's codes), then the two of no report. */
    static final List<String> STATUSES = List.of("implemented", "partially-implemented", "in-progress", "not-started",
            "not-applicable", "not-reported", "not-tracked");

    private final Catalogue catalogue;
    private final AnalysisLabels labels;

    public OutcomesAnalysis(Catalogue catalogue, AnalysisLabels labels) {
        this.catalogue = catalogue;
        this.labels = labels;
    }

    /**
     * @param statusOf a recommendation's implementation status by its need id ({@code <review>|<block key>}):
     *                 a tracker status code, {@code not-reported} or {@code not-tracked}
     */
    public OutcomesFigures analyse(CompletedReviews.Snapshot snapshot, Map<String, String> statusOf, LocalDate asOf,
                                   Language language) {
        List<CompletedReview> reviews = snapshot.reviews().stream().filter(r -> r.completedBy(asOf)).toList();
        List<ReportItem> recommendations = snapshot.ofKind(ReportItem.RECOMMENDATION).stream()
                .filter(i -> i.review().completedBy(asOf)).toList();
        List<ReportItem> practices = snapshot.ofKind(ReportItem.GOOD_PRACTICE).stream()
                .filter(i -> i.review().completedBy(asOf)).toList();

        List<OutcomesFigures.ArticleOutcome> articles = new ArrayList<>();
        for (Chapter chapter : catalogue.chapters()) {
            chapter.articles().forEach(article -> articles.add(article(chapter.number(), article.number(), recommendations,
                    practices, i -> i.article() == article.number())));
        }
        if (recommendations.stream().anyMatch(i -> i.chapter().isEmpty()) || practices.stream().anyMatch(i -> i.chapter().isEmpty())) {
            articles.add(article("", 0, recommendations, practices, i -> i.chapter().isEmpty()));
        }
        List<OutcomesFigures.ArticleOutcome> top = articles.stream().filter(a -> a.recommendations() > 0)
                .sorted(Comparator.comparing(OutcomesFigures.ArticleOutcome::recommendations).reversed()
                        .thenComparing(OutcomesFigures.ArticleOutcome::article))
                .limit(TOP).toList();

        Map<String, List<CompletedReview>> byGroup = new TreeMap<>(TaNeedsAnalysis.GROUPS_IN_ORDER);
        reviews.forEach(r -> byGroup.computeIfAbsent(r.regionalGroup(), g -> new ArrayList<>()).add(r));
        List<OutcomesFigures.RegionOutcome> regions = new ArrayList<>();
        byGroup.forEach((group, members) -> regions.add(new OutcomesFigures.RegionOutcome(
                group.isEmpty() ? labels.text(language, "figure.noGroup") : group,
                members.size(), count(recommendations, i -> i.review().regionalGroup().equals(group)),
                count(practices, i -> i.review().regionalGroup().equals(group)))));

        Map<Integer, List<CompletedReview>> byYear = new TreeMap<>();
        reviews.forEach(r -> byYear.computeIfAbsent(r.completedOn().getYear(), y -> new ArrayList<>()).add(r));
        List<OutcomesFigures.YearOutcome> years = new ArrayList<>();
        byYear.forEach((year, members) -> years.add(new OutcomesFigures.YearOutcome(year, members.size(),
                count(recommendations, i -> i.review().completedOn().getYear() == year),
                count(practices, i -> i.review().completedOn().getYear() == year))));

        Map<String, Integer> statuses = new LinkedHashMap<>();
        STATUSES.forEach(status -> statuses.put(status, 0));
        recommendations.forEach(i -> statuses.merge(statusOf.getOrDefault(i.needId(), "not-tracked"), 1, Integer::sum));
        List<OutcomesFigures.StatusFigure> implementation = new ArrayList<>();
        statuses.forEach((status, count) -> implementation.add(new OutcomesFigures.StatusFigure(status,
                labels.find(language, "status." + status).orElse(status), count, Share.of(count, recommendations.size()))));

        return new OutcomesFigures(catalogue.instrument(), catalogue.cycle(), asOf, labels.text(language, "note.rounding"),
                new OutcomesFigures.Summary(reviews.size(), recommendations.size(), practices.size(), states(recommendations)),
                articles, regions, years, top, implementation);
    }

    private static OutcomesFigures.ArticleOutcome article(String chapter, int number, List<ReportItem> recommendations,
                                                          List<ReportItem> practices, Predicate<ReportItem> on) {
        List<ReportItem> recommended = recommendations.stream().filter(on).toList();
        return new OutcomesFigures.ArticleOutcome(chapter, number, recommended.size(), count(practices, on), states(recommended));
    }

    private static int count(List<ReportItem> items, Predicate<ReportItem> on) {
        return (int) items.stream().filter(on).count();
    }

    private static int states(List<ReportItem> items) {
        return new HashSet<>(items.stream().map(i -> i.review().state()).toList()).size();
    }
}
