package org.irm.lots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the States under review of one year spread over the regional groups, against each group's
 * even share of a year: its parties (to the primary instrument) divided by the years in which
 * reviews start ({@code cycle.reviewYears}), rounded down and up. The draw record writes it where
 * the policy asks for regional balance ({@code years.regionalBalance}); a group outside its share
 * and the entities in no group are its exceptions.
 *
 * @param groups    one row per regional group of the States list, by name
 * @param ungrouped States under review in no regional group, by code
 */
public record RegionalBalance(List<Group> groups, List<String> ungrouped) {

    /**
     * One regional group's States under review this year.
     *
     * @param underReview how many of the group are under review this year
     * @param low         the group's even share rounded down
     * @param high        the group's even share rounded up
     */
    public record Group(String name, int underReview, int low, int high) {

        /** True when the year holds fewer or more of the group than its even share. */
        public boolean outside() {
            return underReview < low || underReview > high;
        }
    }

    public RegionalBalance {
        groups = List.copyOf(groups);
        ungrouped = List.copyOf(ungrouped);
    }

    /** The spread of the draw's States under review, per the policy's years and the roster's groups. */
    public static RegionalBalance of(DrawResult result, PartyRoster roster) {
        DrawPolicy policy = result.policy();
        int years = Math.max(1, policy.reviewYears());
        Map<String, int[]> counts = new TreeMap<>();
        for (Party p : roster.parties()) {
            if (p.hasGroup() && p.isPartyTo(policy.primaryInstrument())) {
                counts.computeIfAbsent(p.regionalGroup(), g -> new int[2])[0]++;
            }
        }
        List<String> ungrouped = new ArrayList<>();
        for (String code : result.request().underReview()) {
            Party u = roster.find(code).orElse(null);
            if (u == null || !u.hasGroup()) {
                ungrouped.add(code);
            } else {
                counts.computeIfAbsent(u.regionalGroup(), g -> new int[2])[1]++;
            }
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((group, c) -> groups.add(new Group(group, c[1], c[0] / years, (c[0] + years - 1) / years)));
        return new RegionalBalance(groups, ungrouped);
    }
}
