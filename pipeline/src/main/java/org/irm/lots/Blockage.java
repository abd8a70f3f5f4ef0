package org.irm.lots;

import java.util.List;
import java.util.Map;

/**
 * Why no valid draw exists: the rule that blocks it, the States it blocks, and a sentence saying
 * so, such as "No reviewer from the African States group for NGA: all 53 candidates are excluded
 * — 12 by the cap (2 per cycle), 1 itself, 3 by mutual review".
 *
 * @param rule       the blocking rule
 * @param states     the States under review left without a reviewer
 * @param exclusions how many candidates each rule kept out, where counted
 * @param message    the explanation for people
 */
public record Blockage(Rule rule, List<String> states, Map<Rule, Integer> exclusions, String message) {

    public Blockage {
        states = List.copyOf(states);
        exclusions = Map.copyOf(exclusions);
    }
}
