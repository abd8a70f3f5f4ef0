package org.irm.lots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills slots one after another, drawing each reviewer at random from its box, and going back to
 * draw again when a later slot finds its box empty (bounded backtracking). The first path it
 * tries is the plain draw; going back only happens when that cannot be completed, so feasible
 * instances complete without breaking a rule and infeasible ones stop after the budget.
 *
 * <p>The box of a slot at widening level {@code L} holds the candidates the rules allow whose
 * count of reviews performed so far is at most the lowest such count among them plus {@code L}.
 * Where the policy prefers a similar legal system, the candidates sharing it are drawn first.
 */
final class DrawSearch {

    private final Board board;
    private final DrawPolicy policy;
    private final DrawRandom random;
    private final int level;
    private final int budget;
    private final Function<Board, List<Slot>> additionalSlots;
    private final Map<Slot, Integer> deadEnds = new HashMap<>();
    private final Map<Slot, Board.Exclusions> firstDeadEnd = new HashMap<>();
    private int steps;
    private boolean exhausted;

    /**
     * @param additionalSlots computes, once the first slots are filled, the slots they call for
     *                        (additional draws for instruments a reviewer is not party to)
     */
    DrawSearch(Board board, DrawPolicy policy, DrawRandom random, int level,
               Function<Board, List<Slot>> additionalSlots) {
        this.board = board;
        this.policy = policy;
        this.random = random;
        this.level = level;
        this.budget = policy.searchBudget();
        this.additionalSlots = additionalSlots;
    }

    /** Fills every slot, leaving the pairings on the board; false (board unchanged) when it cannot. */
    boolean fill(List<Slot> slots) {
        return fill(slots, 0, true);
    }

    /** Slots whose box was found empty, with how often: what the explanation of a failure uses. */
    Map<Slot, Integer> deadEnds() {
        return deadEnds;
    }

    /** What kept every candidate out of a slot the first time its box was found empty. */
    Board.Exclusions exclusionsAtDeadEnd(Slot slot) {
        return firstDeadEnd.get(slot);
    }

    int steps() {
        return steps;
    }

    boolean exhausted() {
        return exhausted;
    }

    private boolean fill(List<Slot> slots, int index, boolean firstPhase) {
        if (index == slots.size()) {
            return !firstPhase || fill(additionalSlots.apply(board), 0, false);
        }
        Slot slot = slots.get(index);
        for (List<Party> tier : box(slot)) {
            List<Party> remaining = new ArrayList<>(tier);
            while (!remaining.isEmpty()) {
                if (++steps > budget) {
                    exhausted = true;
                    return false;
                }
                Pairing pairing = slot.filledBy(remaining.remove(random.nextInt(remaining.size())).iso3());
                board.assign(pairing);
                if (fill(slots, index + 1, firstPhase)) {
                    return true;
                }
                board.unassign(pairing);
                if (exhausted) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The slot's box at this level, split in the order its parts are drawn from. */
    private List<List<Party>> box(Slot slot) {
        List<Party> eligible = board.eligible(slot);
        if (eligible.isEmpty()) {
            deadEnds.merge(slot, 1, Integer::sum);
            firstDeadEnd.computeIfAbsent(slot, board::exclusions);
            return List.of();
        }
        int lowest = eligible.stream().mapToInt(p -> board.balanceCount(p.iso3())).min().orElse(0);
        List<Party> box = new ArrayList<>();
        for (Party p : eligible) {
            if (board.balanceCount(p.iso3()) <= lowest + level) {
                box.add(p);
            }
        }
        return preferLegalSystem(slot, box);
    }

    private List<List<Party>> preferLegalSystem(Slot slot, List<Party> box) {
        String system = board.party(slot.underReview()).legalSystem();
        if (system.isEmpty() || !prefers(slot.role())) {
            return List.of(box);
        }
        List<Party> similar = new ArrayList<>();
        List<Party> other = new ArrayList<>();
        for (Party p : box) {
            (p.legalSystem().equalsIgnoreCase(system) ? similar : other).add(p);
        }
        return List.of(similar, other);
    }

    private boolean prefers(Role role) {
        switch (policy.legalSystemPreference()) {
            case BOTH:
                return true;
            case SAME_GROUP:
                return role == Role.SAME_GROUP;
            case SECOND:
                return role != Role.SAME_GROUP;
            default:
                return false;
        }
    }
}
