package org.irm.lots;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state of one draw: who is eligible, what the history counts, and the pairings made so far;
 * it answers, for a candidate and a slot, which rule (if any) keeps the candidate out of the box.
 * Counting is incremental so the search can assign and take back pairings cheaply.
 */
final class Board {

    private final DrawPolicy policy;
    private final DrawRequest request;
    private final Map<String, Party> parties;
    private final List<Party> ordered;
    private final Map<String, Integer> cycleReviews = new HashMap<>();
    private final Map<String, Integer> balanceReviews = new HashMap<>();
    private final Set<String> pastDirections = new HashSet<>();
    private final Map<String, Integer> pairCounts = new HashMap<>();
    private final Map<String, Integer> drawnReviews = new HashMap<>();
    private final Map<String, Set<String>> redrawn = new HashMap<>();
    private final List<Pairing> pairings = new ArrayList<>();
    private final Map<String, List<Pairing>> byUnderReview = new HashMap<>();
    private final String primaryInstrument;
    private final Set<String> excluded;
    private final int cap;

    Board(DrawInputs inputs) {
        this.policy = inputs.policy();
        this.request = inputs.request();
        this.primaryInstrument = policy.primaryInstrument();
        this.excluded = policy.excludedReviewers();
        this.cap = policy.capPerCycle();
        Map<String, String> overrides = policy.groupOverrides();
        Map<String, Party> byCode = new TreeMap<>();
        for (Party p : inputs.roster().parties()) {
            String group = overrides.get(p.iso3());
            byCode.put(p.iso3(), group == null ? p : p.inGroup(group));
        }
        this.parties = Collections.unmodifiableMap(byCode);
        this.ordered = List.copyOf(byCode.values());
        countHistory(InputDigests.relevantHistory(inputs));
    }

    private void countHistory(List<PastReview> history) {
        Set<String> cycleSeen = new HashSet<>();
        Set<String> allSeen = new HashSet<>();
        for (PastReview r : history) {
            String pair = key(r.reviewer(), r.underReview());
            boolean thisCycle = r.cycle() == request.cycle();
            if (thisCycle && cycleSeen.add(pair)) {
                cycleReviews.merge(r.reviewer(), 1, Integer::sum);
            }
            boolean counts = thisCycle || policy.balanceScope() == DrawPolicy.BalanceScope.ALL;
            if (counts && allSeen.add(r.cycle() + "/" + pair)) {
                balanceReviews.merge(r.reviewer(), 1, Integer::sum);
            }
            // Only past years are in the history, so a year-scoped rule never looks at it.
            if (thisCycle && policy.mutualScope() == DrawPolicy.Scope.CYCLE) {
                pastDirections.add(pair);
            }
        }
    }

    private static String key(String reviewer, String underReview) {
        return reviewer + ">" + underReview;
    }

    Map<String, Party> parties() {
        return parties;
    }

    Party party(String iso3) {
        return parties.get(iso3);
    }

    /** Every entity, sorted by code: the order in which boxes are filled before drawing. */
    List<Party> candidates() {
        return ordered;
    }

    List<Pairing> pairings() {
        return Collections.unmodifiableList(pairings);
    }

    /** The pairings of one State under review so far, in the order drawn. */
    List<Pairing> pairingsOf(String underReview) {
        return List.copyOf(byUnderReview.getOrDefault(underReview, List.of()));
    }

    void assign(Pairing p) {
        pairings.add(p);
        byUnderReview.computeIfAbsent(p.underReview(), k -> new ArrayList<>()).add(p);
        if (pairCounts.merge(key(p.reviewer(), p.underReview()), 1, Integer::sum) == 1) {
            drawnReviews.merge(p.reviewer(), 1, Integer::sum);
        }
    }

    /** Takes back the most recent pairing equal to {@code p}. */
    void unassign(Pairing p) {
        pairings.remove(pairings.lastIndexOf(p));
        List<Pairing> ofState = byUnderReview.get(p.underReview());
        ofState.remove(ofState.lastIndexOf(p));
        String pair = key(p.reviewer(), p.underReview());
        if (pairCounts.merge(pair, -1, Integer::sum) == 0) {
            pairCounts.remove(pair);
            drawnReviews.merge(p.reviewer(), -1, Integer::sum);
        }
    }

    /** Keeps {@code reviewer} out of every slot of {@code underReview} (it was redrawn away). */
    void markRedrawn(String underReview, String reviewer) {
        redrawn.computeIfAbsent(underReview, k -> new HashSet<>()).add(reviewer);
    }

    /** Whether the candidate's group puts it in the slot's box at all. */
    boolean inPool(Party candidate, Slot slot) {
        Party u = parties.get(slot.underReview());
        switch (slot.role()) {
            case SAME_GROUP:
                return candidate.hasGroup() && candidate.regionalGroup().equals(u.regionalGroup());
            case OTHER_GROUP:
                return !candidate.regionalGroup().equals(u.regionalGroup());
            default:
                return true;
        }
    }

    /** The rule that keeps an in-pool candidate out of the slot, or null when it may be drawn. */
    Rule exclusion(Party c, Slot slot) {
        String u = slot.underReview();
        String code = c.iso3();
        if (code.equals(u)) {
            return Rule.SELF;
        }
        if (c.adherenceUnknown(slot.instrument()) || c.adherenceUnknown(primaryInstrument)) {
            return Rule.ADHERENCE_UNKNOWN;
        }
        if (!c.isPartyTo(slot.instrument()) || !c.isPartyTo(primaryInstrument)) {
            return Rule.NOT_PARTY;
        }
        if (excluded.contains(code)) {
            return Rule.EXCLUDED;
        }
        if (request.deferring().contains(code)) {
            return Rule.DEFERRAL;
        }
        if (redrawn.getOrDefault(u, Set.of()).contains(code)) {
            return Rule.REDRAWN;
        }
        if (alreadyReviews(code, slot)) {
            return Rule.ALREADY_REVIEWER;
        }
        if (pastDirections.contains(key(u, code)) || pairCounts.containsKey(key(u, code))) {
            return Rule.MUTUAL;
        }
        boolean newReview = !pairCounts.containsKey(key(code, u));
        if (newReview && cap > 0 && cycleCount(code) >= cap) {
            return Rule.CAP;
        }
        return null;
    }

    /**
     * A first reviewer of a State serves once; an additional reviewer may not be a first reviewer
     * of the same State, nor its other reviewer for the same instrument.
     */
    private boolean alreadyReviews(String code, Slot slot) {
        for (Pairing p : byUnderReview.getOrDefault(slot.underReview(), List.of())) {
            if (p.reviewer().equals(code)
                    && (!p.additional() || !slot.additional() || p.instrument().equals(slot.instrument()))) {
                return true;
            }
        }
        return false;
    }

    /** Reviews the State performs in this cycle: past years plus this draw. */
    int cycleCount(String code) {
        return cycleReviews.getOrDefault(code, 0) + drawnReviews.getOrDefault(code, 0);
    }

    /** Reviews the State has performed so far, as the balance counts them. */
    int balanceCount(String code) {
        return balanceReviews.getOrDefault(code, 0) + drawnReviews.getOrDefault(code, 0);
    }

    /** Candidates the rules allow for the slot, sorted by code. */
    List<Party> eligible(Slot slot) {
        List<Party> eligible = new ArrayList<>();
        for (Party c : ordered) {
            if (inPool(c, slot) && exclusion(c, slot) == null) {
                eligible.add(c);
            }
        }
        return eligible;
    }

    /** How many in-pool candidates each rule keeps out of the slot, and the pool's size. */
    Exclusions exclusions(Slot slot) {
        Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
        int pool = 0;
        for (Party c : ordered) {
            if (inPool(c, slot)) {
                pool++;
                Rule rule = exclusion(c, slot);
                if (rule != null) {
                    counts.merge(rule, 1, Integer::sum);
                }
            }
        }
        return new Exclusions(pool, new LinkedHashMap<>(counts));
    }

    /** The in-pool candidates of a slot and how many each rule excluded. */
    record Exclusions(int pool, Map<Rule, Integer> byRule) {
        int excluded() {
            return byRule.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
