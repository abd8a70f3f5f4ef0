package org.irm.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.register.NeedCoding;
import org.irm.register.NeedCodings;

/**
 * The technical-assistance needs analysis (issue 15, point 3): from the completed reviews' needs and
 * the secretariat's coding, the figures the note to the Conference gives. Pure: the same inputs give
 * the same figures. Needs not yet coded are counted in every total and under no category.
 */
public final class TaNeedsAnalysis {

    /** Regional groups by name, the entities of no group (the European Union) last. */
    static final Comparator<String> GROUPS_IN_ORDER =
            Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder());

    /** The code under which needs not yet coded are shown. */
    public static final String NOT_CODED = "none";

    private final CategoryScheme scheme;
    private final List<ArticleGroups.Group> groups;
    private final AnalysisLabels labels;
    private final StateList states;
    private final Catalogue catalogue;

    public TaNeedsAnalysis(CategoryScheme scheme, List<ArticleGroups.Group> groups, AnalysisLabels labels, StateList states,
                           Catalogue catalogue) {
        this.scheme = scheme;
        this.groups = List.copyOf(groups);
        this.labels = labels;
        this.states = states;
        this.catalogue = catalogue;
    }

    /** A need with the category it counts under (its coding's, or {@link #NOT_CODED}). */
    private record Coded(ReportItem need, String category, String subcategory, List<String> tags, boolean confirmed) {
        String state() {
            return need.review().state();
        }
    }

    /**
     * The figures as of the last of the dates (each date also gets its own row of the by-date table).
     *
     * @param asOf at least one date
     */
    public TaNeedsFigures analyse(CompletedReviews.Snapshot snapshot, Map<NeedCodings.NeedKey, NeedCoding> codings,
                                  List<LocalDate> asOf, Language language) {
        if (asOf.isEmpty()) {
            throw new IllegalArgumentException("The analysis needs at least one as-of date");
        }
        List<LocalDate> dates = asOf.stream().distinct().sorted().toList();
        LocalDate last = dates.get(dates.size() - 1);
        List<String> chapters = catalogue.chapters().stream().map(Chapter::number).toList();
        List<CompletedReview> reviews = snapshot.reviews().stream().filter(r -> r.completedBy(last)).toList();
        List<Coded> needs = snapshot.ofKind(ReportItem.TA_NEED).stream().filter(n -> n.review().completedBy(last))
                .map(need -> coded(need, codings.get(new NeedCodings.NeedKey(need.review().reviewId(), need.blockKey()))))
                .toList();
        int withNeeds = states(needs);
        int notCoded = (int) needs.stream().filter(n -> n.category().equals(NOT_CODED)).count();
        int suggestedOnly = (int) needs.stream().filter(n -> !n.category().equals(NOT_CODED) && !n.confirmed()).count();

        TaNeedsFigures.Summary summary = new TaNeedsFigures.Summary(reviews.size(), withNeeds, needs.size(),
                byChapter(chapters, needs, List::size), byChapter(chapters, needs, TaNeedsAnalysis::states), notCoded,
                suggestedOnly);
        return new TaNeedsFigures(catalogue.instrument(), catalogue.cycle(), last,
                labels.text(language, "note.rounding"), summary, atDates(dates, snapshot, codings, chapters),
                categories(needs, chapters, language, notCoded), subcategories(needs, chapters, language),
                regions(reviews, needs, language), articles(needs), groups(needs, summary), tags(needs, withNeeds, language));
    }

    private Coded coded(ReportItem need, NeedCoding coding) {
        if (coding == null || !scheme.isCategory(coding.category())) {
            return new Coded(need, NOT_CODED, null, List.of(), false);
        }
        return new Coded(need, coding.category(), coding.subcategory(), coding.tags(), coding.confirmed());
    }

    private List<TaNeedsFigures.AtDate> atDates(List<LocalDate> dates, CompletedReviews.Snapshot snapshot,
                                                Map<NeedCodings.NeedKey, NeedCoding> codings, List<String> chapters) {
        List<TaNeedsFigures.AtDate> rows = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate date : dates) {
            LocalDate since = previous;
            Predicate<CompletedReview> by = r -> r.completedBy(date);
            Predicate<CompletedReview> added = r -> by.test(r) && (since == null || !r.completedBy(since));
            List<Coded> needs = snapshot.ofKind(ReportItem.TA_NEED).stream().filter(n -> by.test(n.review()))
                    .map(n -> coded(n, codings.get(new NeedCodings.NeedKey(n.review().reviewId(), n.blockKey())))).toList();
            List<Coded> addedNeeds = needs.stream().filter(n -> added.test(n.need().review())).toList();
            rows.add(new TaNeedsFigures.AtDate(date, (int) snapshot.reviews().stream().filter(by).count(), states(needs),
                    needs.size(), byChapter(chapters, needs, List::size),
                    (int) snapshot.reviews().stream().filter(added).count(), states(addedNeeds), addedNeeds.size()));
            previous = date;
        }
        return rows;
    }

    private List<TaNeedsFigures.CategoryFigure> categories(List<Coded> needs, List<String> chapters, Language language,
                                                           int notCoded) {
        List<String> codes = new ArrayList<>(scheme.categories());
        if (notCoded > 0) {
            codes.add(NOT_CODED);
        }
        List<TaNeedsFigures.CategoryFigure> rows = new ArrayList<>();
        for (String code : codes) {
            List<Coded> of = needs.stream().filter(n -> n.category().equals(code)).toList();
            rows.add(new TaNeedsFigures.CategoryFigure(code, categoryLabel(language, code), of.size(),
                    Share.of(of.size(), needs.size()), states(of), byChapter(chapters, of, List::size)));
        }
        return rows;
    }

    private List<TaNeedsFigures.CategoryFigure> subcategories(List<Coded> needs, List<String> chapters, Language language) {
        List<TaNeedsFigures.CategoryFigure> rows = new ArrayList<>();
        for (String category : scheme.categories()) {
            int base = (int) needs.stream().filter(n -> n.category().equals(category)).count();
            for (String code : scheme.subcategories(category)) {
                List<Coded> of = needs.stream().filter(n -> code.equals(n.subcategory())).toList();
                rows.add(new TaNeedsFigures.CategoryFigure(code, scheme.label(language, code), of.size(),
                        Share.of(of.size(), base), states(of), byChapter(chapters, of, List::size)));
            }
        }
        return rows;
    }

    private List<TaNeedsFigures.RegionFigure> regions(List<CompletedReview> reviews, List<Coded> needs, Language language) {
        Map<String, List<State>> parties = new TreeMap<>(GROUPS_IN_ORDER);
        for (State state : states.all()) {
            if (state.isPartyTo(catalogue.instrument())) {
                parties.computeIfAbsent(state.regionalGroup(), g -> new ArrayList<>()).add(state);
            }
        }
        reviews.forEach(r -> parties.computeIfAbsent(r.regionalGroup(), g -> new ArrayList<>()));
        List<TaNeedsFigures.RegionFigure> rows = new ArrayList<>();
        parties.forEach((group, members) -> {
            List<Coded> of = needs.stream().filter(n -> n.need().review().regionalGroup().equals(group)).toList();
            rows.add(new TaNeedsFigures.RegionFigure(group.isEmpty() ? labels.text(language, "figure.noGroup") : group, members.size(),
                    (int) reviews.stream().filter(r -> r.regionalGroup().equals(group)).count(), states(of), of.size()));
        });
        return rows;
    }

    private List<TaNeedsFigures.ArticleFigure> articles(List<Coded> needs) {
        List<TaNeedsFigures.ArticleFigure> rows = new ArrayList<>();
        for (Chapter chapter : catalogue.chapters()) {
            chapter.articles().forEach(article -> rows.add(article(chapter.number(), article.number(),
                    needs.stream().filter(n -> n.need().article() == article.number()).toList())));
        }
        List<Coded> elsewhere = needs.stream().filter(n -> n.need().chapter().isEmpty()).toList();
        if (!elsewhere.isEmpty()) {
            rows.add(article("", 0, elsewhere));
        }
        return rows;
    }

    private TaNeedsFigures.ArticleFigure article(String chapter, int number, List<Coded> of) {
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        scheme.categories().forEach(code -> byCategory.put(code, (int) of.stream().filter(n -> n.category().equals(code)).count()));
        int notCoded = (int) of.stream().filter(n -> n.category().equals(NOT_CODED)).count();
        if (notCoded > 0) {
            byCategory.put(NOT_CODED, notCoded);
        }
        return new TaNeedsFigures.ArticleFigure(chapter, number, of.size(), states(of), byCategory);
    }

    private List<TaNeedsFigures.GroupFigure> groups(List<Coded> needs, TaNeedsFigures.Summary summary) {
        List<TaNeedsFigures.GroupFigure> rows = new ArrayList<>();
        for (ArticleGroups.Group group : groups) {
            List<Coded> of = needs.stream().filter(n -> n.need().article() > 0 && group.articles().contains(n.need().article())
                    && !n.need().chapter().isEmpty()).toList();
            List<TaNeedsFigures.GroupCategory> categories = new ArrayList<>();
            for (String code : scheme.categories()) {
                List<Coded> inCategory = of.stream().filter(n -> n.category().equals(code)).toList();
                categories.add(new TaNeedsFigures.GroupCategory(code, inCategory.size(), Share.of(inCategory.size(), of.size()),
                        states(inCategory)));
            }
            rows.add(new TaNeedsFigures.GroupFigure(group.id(), group.articles(), group.chapter(), of.size(), states(of),
                    Share.of(of.size(), needs.size()),
                    Share.of(of.size(), summary.needsByChapter().getOrDefault(group.chapter(), 0)), categories));
        }
        return rows;
    }

    private List<TaNeedsFigures.TagFigure> tags(List<Coded> needs, int withNeeds, Language language) {
        List<TaNeedsFigures.TagFigure> rows = new ArrayList<>();
        for (String tag : scheme.tags()) {
            List<Coded> of = needs.stream().filter(n -> n.tags().contains(tag)).toList();
            rows.add(new TaNeedsFigures.TagFigure(tag, scheme.label(language, tag), states(of), Share.of(states(of), withNeeds),
                    of.size()));
        }
        return rows;
    }

    private String categoryLabel(Language language, String code) {
        return NOT_CODED.equals(code) ? labels.text(language, "category.none") : scheme.label(language, code);
    }

    private static Map<String, Integer> byChapter(List<String> chapters, List<Coded> needs,
                                                  ToIntFunction<List<Coded>> count) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String chapter : chapters) {
            counts.put(chapter, count.applyAsInt(needs.stream().filter(n -> n.need().chapter().equals(chapter)).toList()));
        }
        return counts;
    }

    private static int states(Collection<Coded> needs) {
        Set<String> states = new HashSet<>();
        needs.forEach(n -> states.add(n.state()));
        return states.size();
    }
}
