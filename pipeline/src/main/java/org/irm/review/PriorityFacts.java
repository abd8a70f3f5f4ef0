package org.irm.review;

import java.util.Map;
import java.util.Set;

/**
 * What the register knows of each provision that a priority rule may ask about: which provisions
 * of a State the last cycle recommended on, left open, found a TA need or a good practice on. A
 * provision meets a criterion when a fact names it, its article or paragraph ({@code uncac.5}
 * covers {@code uncac.5.1}), or one of its subparagraphs ({@code uncac.9.1.a} counts for {@code uncac.9.1}).
 *
 * @param byCriterion the provision ids each criterion names
 */
public record PriorityFacts(Map<String, Set<String>> byCriterion) {

    public static final String LAST_CYCLE_RECOMMENDATION = "last-cycle-recommendation";
    public static final String OPEN_RECOMMENDATION = "open-recommendation";
    public static final String LAST_CYCLE_TA_NEED = "last-cycle-ta-need";
    public static final String LAST_CYCLE_GOOD_PRACTICE = "last-cycle-good-practice";

    /** No facts: every provision gets the rule's default level, unless the secretariat set one. */
    public static final PriorityFacts NONE = new PriorityFacts(Map.of());

    public PriorityFacts {
        byCriterion = Map.copyOf(byCriterion);
    }

    /** True when a fact of the criterion names the provision, its article or paragraph, or one of its parts. */
    public boolean meets(String provisionId, String criterion) {
        return byCriterion.getOrDefault(criterion, Set.of()).stream().anyMatch(named -> covers(named, provisionId));
    }

    private static boolean covers(String named, String provisionId) {
        return named.equals(provisionId) || provisionId.startsWith(named + ".") || named.startsWith(provisionId + ".");
    }
}
