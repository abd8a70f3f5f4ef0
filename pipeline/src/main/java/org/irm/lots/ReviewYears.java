package org.irm.lots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order of review years for a new cycle: which parties are reviewed in its first year, its
 * second, and so on, by one of the three options the secretariat may be asked for.
 * <ul>
 *   <li>{@link Option#NEW_DRAW}: the parties, sorted by code, in an order drawn from the seed
 *       (stream {@code <mechanism>/c<cycle>/years}), cut into years;</li>
 *   <li>{@link Option#KEEP}: each party in the same year of the cycle as in the previous one;
 *       parties not reviewed then (new parties) go, in a drawn order, to the years with fewest;</li>
 *   <li>{@link Option#OLDEST_SUMMARY}: parties whose executive summary of the previous cycle was
 *       published earliest first (same date: by drawn order), those with none last, cut into years.</li>
 * </ul>
 * Cutting into years gives each year the same number of parties, the first years one more while
 * the division leaves a remainder. The years are the policy's {@code cycle.reviewYears} (the years of
 * a cycle or phase in which reviews start). Where the policy asks for regional balance
 * ({@code years.regionalBalance}, UNTOC), each regional group's parties are cut into the years
 * separately, in the option's order, so that every year holds as many of each group as any other
 * year give or take one; the groups' remainders go to different years so that the years' totals
 * also differ by one at most. Entities in no regional group are cut last, the same way.
 */
public final class ReviewYears {

    /** The three options. */
    public enum Option {
        NEW_DRAW, KEEP, OLDEST_SUMMARY;

        /** Reads {@code new-draw}, {@code keep} or {@code oldest-summary}. */
        public static Option parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new LotsInputException("'" + text + "' is not an option: use new-draw, keep or oldest-summary", e);
            }
        }
    }

    /**
     * The parties to review in each year of the cycle, year by year (index 0: the cycle's first year).
     *
     * @param cycle the new cycle's number; its previous one is {@code cycle - 1}
     */
    public List<List<String>> plan(PartyRoster roster, DrawPolicy policy, ReviewHistory history, int cycle,
                                   Option option, String seed) {
        List<String> parties = roster.parties().stream().filter(p -> p.isPartyTo(policy.primaryInstrument()))
                .map(Party::iso3).sorted().collect(Collectors.toList());
        DrawRandom random = new DrawRandom(seed, policy.mechanism() + "/c" + cycle + "/years");
        List<String> drawn = new ArrayList<>(parties);
        random.shuffle(drawn);
        int years = policy.reviewYears();
        if (years < 1) {
            throw new LotsInputException("The policy's cycle.reviewYears (or cycle.years) must be at least 1");
        }
        switch (option) {
            case KEEP:
                return keep(drawn, previousYears(policy, history, cycle), years);
            case OLDEST_SUMMARY:
                return cut(oldestFirst(drawn, history.executiveSummaries(policy.mechanism(), cycle - 1)), years,
                        policy, roster);
            default:
                return cut(drawn, years, policy, roster);
        }
    }

    /** Cuts the ordered parties into years, group by group where the policy asks for regional balance. */
    private static List<List<String>> cut(List<String> ordered, int years, DrawPolicy policy, PartyRoster roster) {
        if (!policy.regionalBalance()) {
            return cut(ordered, years);
        }
        Map<String, List<String>> byGroup = new java.util.TreeMap<>();
        List<String> ungrouped = new ArrayList<>();
        for (String code : ordered) {
            String group = roster.find(code).map(Party::regionalGroup).orElse("");
            if (group.isEmpty()) {
                ungrouped.add(code);
            } else {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(code);
            }
        }
        List<List<String>> plan = empty(years);
        int next = 0;
        List<List<String>> groups = new ArrayList<>(byGroup.values());
        groups.add(ungrouped);
        for (List<String> group : groups) {
            int base = group.size() / years;
            int extra = group.size() % years;
            int at = 0;
            for (int y = 0; y < years; y++) {
                // The remainder goes to the years after the previous group's, so totals stay even.
                boolean more = Math.floorMod(y - next, years) < extra;
                int size = base + (more ? 1 : 0);
                plan.get(y).addAll(group.subList(at, at + size));
                at += size;
            }
            next = (next + extra) % years;
        }
        plan.forEach(year -> year.sort(null));
        return plan;
    }

    private static Map<String, Integer> previousYears(DrawPolicy policy, ReviewHistory history, int cycle) {
        List<PastReview> previous = history.reviews(policy.mechanism()).stream()
                .filter(r -> r.cycle() == cycle - 1).collect(Collectors.toList());
        if (previous.isEmpty()) {
            throw new LotsInputException("The history holds no review of cycle " + (cycle - 1)
                    + ", so there is no order to keep");
        }
        int first = previous.stream().mapToInt(PastReview::year).min().orElseThrow();
        Map<String, Integer> yearOf = new HashMap<>();
        previous.forEach(r -> yearOf.merge(r.underReview(), r.year() - first, Math::min));
        return yearOf;
    }

    private static List<List<String>> keep(List<String> drawn, Map<String, Integer> yearOf, int years) {
        List<List<String>> plan = empty(years);
        List<String> newcomers = new ArrayList<>();
        for (String party : drawn) {
            Integer year = yearOf.get(party);
            if (year == null) {
                newcomers.add(party);
            } else {
                plan.get(Math.min(year, years - 1)).add(party);
            }
        }
        for (String party : newcomers) {
            plan.stream().min(Comparator.comparingInt(List::size)).orElseThrow().add(party);
        }
        plan.forEach(year -> year.sort(null));
        return plan;
    }

    private static List<String> oldestFirst(List<String> drawn, Map<String, LocalDate> published) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            position.put(drawn.get(i), i);
        }
        return drawn.stream().sorted(Comparator
                        .comparing((String p) -> published.getOrDefault(p, LocalDate.MAX))
                        .thenComparing(position::get))
                .collect(Collectors.toList());
    }

    private static List<List<String>> cut(List<String> ordered, int years) {
        List<List<String>> plan = empty(years);
        int base = ordered.size() / years;
        int extra = ordered.size() % years;
        int at = 0;
        for (int y = 0; y < years; y++) {
            int size = base + (y < extra ? 1 : 0);
            plan.get(y).addAll(ordered.subList(at, at + size));
            plan.get(y).sort(null);
            at += size;
        }
        return plan;
    }

    private static List<List<String>> empty(int years) {
        List<List<String>> plan = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            plan.add(new ArrayList<>());
        }
        return plan;
    }
}
