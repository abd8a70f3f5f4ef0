package org.irm.lots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Explains why a draw cannot be made, naming the rule and the States: first a slot no candidate
 * can fill whatever the other pairings, then a regional group or the whole list short of
 * reviews under the cap, and last the slot where the bounded search failed most often.
 */
final class BlockageFinder {

    private final Board board;
    private final DrawPolicy policy;

    BlockageFinder(Board board, DrawPolicy policy) {
        this.board = board;
        this.policy = policy;
    }

    /** A slot whose box is empty before anything is drawn, if there is one. */
    Optional<Blockage> emptyBox(List<Slot> slots) {
        List<Slot> empty = slots.stream().filter(s -> board.eligible(s).isEmpty()).collect(Collectors.toList());
        if (empty.isEmpty()) {
            return Optional.empty();
        }
        Slot first = empty.get(0);
        Board.Exclusions exclusions = board.exclusions(first);
        Rule rule = mainRule(exclusions);
        List<String> states = empty.stream().map(Slot::underReview).distinct().collect(Collectors.toList());
        String others = states.size() > 1
                ? " (likewise for " + String.join(", ", states.subList(1, states.size())) + ")" : "";
        return Optional.of(new Blockage(rule, states, exclusions.byRule(), describe(first, exclusions) + others));
    }

    /** A regional group, or the whole list, that cannot perform the reviews asked of it under the cap. */
    Optional<Blockage> shortOfReviews(List<Slot> slots) {
        if (policy.capPerCycle() == 0) {
            return Optional.empty();
        }
        Map<String, List<Slot>> sameGroup = new LinkedHashMap<>();
        for (Slot s : slots) {
            if (s.role() == Role.SAME_GROUP) {
                sameGroup.computeIfAbsent(board.party(s.underReview()).regionalGroup(), g -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<String, List<Slot>> group : sameGroup.entrySet()) {
            Optional<Blockage> blockage = shortOf(group.getValue(), "The " + group.getKey() + " group");
            if (blockage.isPresent()) {
                return blockage;
            }
        }
        return shortOf(slots, "The States list");
    }

    private Optional<Blockage> shortOf(List<Slot> slots, String who) {
        int supply = 0;
        List<String> able = new ArrayList<>();
        for (Party c : board.candidates()) {
            long reviewable = slots.stream().filter(s -> board.inPool(c, s) && board.exclusion(c, s) == null)
                    .map(Slot::underReview).distinct().count();
            int left = Math.max(0, policy.capPerCycle() - board.cycleCount(c.iso3()));
            if (reviewable > 0 && left > 0) {
                able.add(c.iso3());
            }
            supply += (int) Math.min(reviewable, left);
        }
        long demand = slots.stream().map(Slot::underReview).distinct().count();
        if (slots.size() > supply && demand > 0) {
            List<String> states = slots.stream().map(Slot::underReview).distinct().collect(Collectors.toList());
            String message = who + " cannot provide the " + slots.size() + " reviews asked of it ("
                    + String.join(", ", states) + "): under the cap (" + policy.capPerCycle()
                    + " per cycle) and the other rules its States can perform at most " + supply
                    + (able.isEmpty() ? "" : " (" + String.join(", ", able) + ")");
            return Optional.of(new Blockage(Rule.CAP, states, Map.of(), message));
        }
        return Optional.empty();
    }

    /** The slot where the search failed most often, with what excluded its candidates then. */
    Blockage searchFailed(DrawSearch search, int levels) {
        Optional<Map.Entry<Slot, Integer>> worst = search.deadEnds().entrySet().stream()
                .max(Map.Entry.<Slot, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().underReview(), Comparator.reverseOrder()));
        String tries = "after " + search.steps() + " tries at widening levels 0 to " + (levels - 1);
        if (worst.isEmpty()) {
            return new Blockage(Rule.SEARCH_BOUND, List.of(), Map.of(), "No draw satisfying every rule was found "
                    + tries + " (the policy's search.budget bounds the search)");
        }
        Slot slot = worst.get().getKey();
        Board.Exclusions exclusions = search.exclusionsAtDeadEnd(slot);
        return new Blockage(mainRule(exclusions), List.of(slot.underReview()), exclusions.byRule(),
                "No draw satisfies every rule " + tries + "; it fails most often here: "
                        + describe(slot, exclusions));
    }

    /** The rule that kept out the most candidates, the State itself aside. */
    private static Rule mainRule(Board.Exclusions exclusions) {
        return exclusions.byRule().entrySet().stream()
                .filter(e -> e.getKey() != Rule.SELF)
                .max(Map.Entry.<Rule, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(Rule.REGIONAL_GROUP);
    }

    /** "No reviewer from the African States group for NGA: all 53 candidates are excluded — …". */
    String describe(Slot slot, Board.Exclusions exclusions) {
        Party u = board.party(slot.underReview());
        String box;
        switch (slot.role()) {
            case SAME_GROUP:
                box = "from the " + u.regionalGroup() + " group";
                break;
            case OTHER_GROUP:
                box = "from another regional group than the " + u.regionalGroup();
                break;
            default:
                box = "from the global box";
        }
        String instrument = slot.additional() ? " for " + slot.instrument() : "";
        if (exclusions.pool() == 0) {
            return "No reviewer " + box + instrument + " for " + u.iso3() + ": that box holds no State";
        }
        return "No reviewer " + box + instrument + " for " + u.iso3() + ": all " + exclusions.pool()
                + " candidates are excluded — " + breakdown(slot, exclusions.byRule());
    }

    private String breakdown(Slot slot, Map<Rule, Integer> byRule) {
        Map<Rule, Integer> sorted = new EnumMap<>(byRule);
        return sorted.entrySet().stream()
                .sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed())
                .map(e -> phrase(e.getKey(), e.getValue(), slot))
                .collect(Collectors.joining(", "));
    }

    private String phrase(Rule rule, int n, Slot slot) {
        switch (rule) {
            case SELF:
                return n + " itself";
            case CAP:
                return n + " by the cap (" + policy.capPerCycle() + " per cycle)";
            case NOT_PARTY:
                return n + " not party to " + slot.instrument();
            case ADHERENCE_UNKNOWN:
                return n + " whose adherence is not known (empty column in the States list)";
            case MUTUAL:
                return n + " by mutual review";
            case DEFERRAL:
                return n + " deferring in their own review year";
            case ALREADY_REVIEWER:
                return n + " already its reviewers";
            case REDRAWN:
                return n + " redrawn away at a State's request";
            case EXCLUDED:
                return n + " excluded by the policy";
            default:
                return n + " by " + rule.words();
        }
    }
}
