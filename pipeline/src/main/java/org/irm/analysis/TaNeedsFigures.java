package org.irm.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of the technical-assistance needs analysis (issue 15), as the JSON output gives them;
 * the .xlsx and the .docx show the same figures as tables ({@link TaNeedsTables}). Counts of States
 * are of States with at least one need of the kind counted; counts of needs are of individual needs.
 *
 * @param asOf       the last as-of date: the figures are of the reviews completed by then
 * @param byChapter  in every map, keyed by chapter (roman, in the catalogue's order)
 */
public record TaNeedsFigures(String instrument, int cycle, LocalDate asOf, String rounding, Summary summary,
                             List<AtDate> dates, List<CategoryFigure> categories, List<CategoryFigure> subcategories,
                             List<RegionFigure> regions, List<ArticleFigure> articles, List<GroupFigure> groups,
                             List<TagFigure> tags) {

    /**
     * @param completed      States with completed reviews (executive summaries)
     * @param withNeeds      of which identified at least one need
     * @param statesByChapter States with at least one need in the chapter
     * @param notCoded       needs the secretariat has not coded yet (counted under no category)
     * @param suggestedOnly  needs whose coding is a keyword suggestion left unconfirmed (counted under its category)
     */
    public record Summary(int completed, int withNeeds, int needs, Map<String, Integer> needsByChapter,
                          Map<String, Integer> statesByChapter, int notCoded, int suggestedOnly) { }

    /** The figures as of one date, and what was added since the previous date. */
    public record AtDate(LocalDate date, int completed, int withNeeds, int needs, Map<String, Integer> needsByChapter,
                         int completedSince, int withNeedsSince, int needsSince) { }

    /** One category (or capacity-building subcategory): its needs, their share, the States, per chapter. */
    public record CategoryFigure(String code, String label, int needs, Share share, int states,
                                 Map<String, Integer> needsByChapter) { }

    /**
     * One regional group.
     *
     * @param parties States parties of the group in the States list
     */
    public record RegionFigure(String group, int parties, int completed, int withNeeds, int needs) { }

    /** One article: its needs, the States, needs per category. */
    public record ArticleFigure(String chapter, int article, int needs, int states, Map<String, Integer> needsByCategory) { }

    /** A group of articles (templates/analysis/article-groups.properties). */
    public record GroupFigure(String id, List<Integer> articles, String chapter, int needs, int states, Share shareOfAll,
                              Share shareOfChapter, List<GroupCategory> categories) { }

    /** One category within a group: its needs, their share of the group's needs, its States. */
    public record GroupCategory(String code, int needs, Share share, int states) { }

    /** A cross-cutting tag: States with a need carrying it, their share of the States with needs, the needs. */
    public record TagFigure(String code, String label, int states, Share share, int needs) { }

    /** The category with this code. */
    public CategoryFigure category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** The group with this id. */
    public GroupFigure group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    /** The tag with this code. */
    public TagFigure tag(String code) {
        return tags.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
