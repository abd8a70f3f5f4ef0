package org.irm.lots;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reviews already drawn, which the balance, the cap and the no-mutual-review rule count, and the
 * publication dates of executive summaries, which one order of review years uses: read from the
 * register ({@link RegisterHistory}) or from a history folder's files ({@link HistoryFolder}).
 *
 * <p>Contract: read-only, and stable while a draw runs; the draw itself only looks at reviews
 * of its mechanism drawn before its own year (so re-running a year's draw after its rows were
 * recorded gives the same result).
 */
public interface ReviewHistory {

    /** Every reviewer part in every review of the mechanism, in any order. */
    List<PastReview> reviews(String mechanism);

    /**
     * The reviewer parts a draw already recorded for this year of this cycle: what drawing the
     * year again would replace.
     */
    default List<PastReview> drawnIn(String mechanism, int cycle, int year) {
        return reviews(mechanism).stream().filter(r -> r.cycle() == cycle && r.year() == year).toList();
    }

    /** When each State's executive summary of the given cycle was published, by code. */
    Map<String, LocalDate> executiveSummaries(String mechanism, int cycle);

    /** No history: the first draw of the first cycle. */
    static ReviewHistory none() {
        return new ReviewHistory() {
            @Override
            public List<PastReview> reviews(String mechanism) {
                return List.of();
            }

            @Override
            public Map<String, LocalDate> executiveSummaries(String mechanism, int cycle) {
                return Map.of();
            }
        };
    }
}
