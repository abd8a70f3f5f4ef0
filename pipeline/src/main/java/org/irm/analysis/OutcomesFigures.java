package org.irm.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The horizontal analysis of review outcomes (issue 15, point 4): recommendations and good practices
 * across the completed reviews, and what the follow-up tracker says of the recommendations' implementation.
 */
public record OutcomesFigures(String instrument, int cycle, LocalDate asOf, String rounding, Summary summary,
                              List<ArticleOutcome> articles, List<RegionOutcome> regions, List<YearOutcome> years,
                              List<ArticleOutcome> topArticles, List<StatusFigure> implementation) {

    public record Summary(int completed, int recommendations, int goodPractices, int statesWithRecommendations) { }

    /** One article (chapter roman, article 0 for provisions of no article). */
    public record ArticleOutcome(String chapter, int article, int recommendations, int goodPractices,
                                 int statesWithRecommendations) { }

    public record RegionOutcome(String group, int completed, int recommendations, int goodPractices) { }

    /** One year of completion. */
    public record YearOutcome(int year, int completed, int recommendations, int goodPractices) { }

    /**
     * One implementation status of the recommendations: the latest status the State reported in the tracker,
     * {@code not-reported} for a tracked recommendation with none yet, {@code not-tracked} for one never tracked.
     */
    public record StatusFigure(String status, String label, int recommendations, Share share) { }
}
