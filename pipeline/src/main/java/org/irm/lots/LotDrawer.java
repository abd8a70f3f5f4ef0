package org.irm.lots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws the reviewing States of the States under review in one year, and draws again on request.
 * A draw is a pure function of its {@link DrawInputs} (States list, policy, history, request with
 * the published seed): the same inputs give the same result on any machine.
 *
 * <p>How: the States under review, sorted by code, are put in a drawn order; in that order each
 * gets its same-group reviewer, then in that order each gets its second reviewer (global box or
 * another group); then, for every further instrument a State under review is party to and one of
 * its reviewers is not, an additional reviewer is drawn from the same kind of box. Each box holds
 * the candidates the rules allow with the fewest reviews performed so far; when the draw cannot
 * be completed the search goes back (bounded), and when that fails too every box is widened by
 * one review and the draw starts again. When no level gives a complete draw,
 * {@link DrawBlockedException} names the blocking rule and States.
 */
public final class LotDrawer {

    /** Draws the reviewers of every State under review. */
    public DrawResult draw(DrawInputs inputs) {
        Board board = new Board(inputs);
        DrawRequest request = inputs.request();
        DrawPolicy policy = inputs.policy();
        checkRequest(board, inputs);
        List<String> order = new ArrayList<>(request.underReview());
        random(inputs, "order").shuffle(order);
        List<Slot> slots = firstSlots(board, policy, order);
        BlockageFinder finder = new BlockageFinder(board, policy);
        Optional<Blockage> blocked = finder.emptyBox(slots).or(() -> finder.shortOfReviews(slots));
        if (blocked.isPresent()) {
            throw new DrawBlockedException(blocked.get());
        }
        int levels = levels(board, policy, slots.size());
        DrawSearch last = null;
        for (int level = 0; level < levels; level++) {
            last = new DrawSearch(board, policy, random(inputs, "level-" + level), level,
                    b -> additionalSlots(b, policy, order, Set.copyOf(order)));
            if (last.fill(slots)) {
                return new DrawResult(request, policy, inputs.digests(), order, level,
                        sorted(board.pairings(), order, policy), List.of());
            }
        }
        throw new DrawBlockedException(finder.searchFailed(last, levels));
    }

    /**
     * Draws again the reviewers of one State under review, keeping every other pairing. The
     * reviewers that leave are kept out of that State's boxes from then on.
     *
     * @throws LotsInputException when the inputs are not those of the draw, or the rules refuse
     *                            the request (who may ask, how often)
     */
    public DrawResult redraw(DrawResult previous, DrawInputs inputs, RedrawRequest request) {
        checkSameInputs(previous, inputs);
        String u = request.underReview();
        List<Pairing> own = previous.pairingsOf(u);
        if (own.isEmpty()) {
            throw new LotsInputException(u + " is not under review in this draw");
        }
        Set<String> replaced = replaced(previous, inputs.policy(), request, own);
        // A first reviewer leaving takes its additional reviewers with it: they are drawn again
        // for whoever comes. An additional reviewer leaving reopens only its own slot.
        Set<Role> reopened = own.stream().filter(p -> !p.additional() && replaced.contains(p.reviewer()))
                .map(Pairing::role).collect(Collectors.toSet());
        List<Pairing> kept = previous.pairings().stream()
                .filter(p -> !p.underReview().equals(u)
                        || !replaced.contains(p.reviewer()) && !(p.additional() && reopened.contains(p.role())))
                .collect(Collectors.toList());
        Board board = new Board(inputs);
        kept.forEach(board::assign);
        previous.redraws().forEach(r -> r.replaced().forEach(s -> board.markRedrawn(r.request().underReview(), s)));
        replaced.forEach(s -> board.markRedrawn(u, s));
        List<Slot> slots = own.stream().filter(p -> !p.additional() && replaced.contains(p.reviewer()))
                .map(p -> new Slot(u, p.role(), p.instrument(), false)).collect(Collectors.toList());
        int number = previous.redraws().size() + 1;
        DrawPolicy policy = inputs.policy();
        int levels = levels(board, policy, slots.size() + 1);
        DrawSearch last = null;
        for (int level = 0; level < levels; level++) {
            last = new DrawSearch(board, policy, random(inputs, "redraw-" + number + "-level-" + level), level,
                    b -> additionalSlots(b, policy, List.of(u), Set.of(u)));
            if (last.fill(slots)) {
                List<String> drawn = board.pairingsOf(u).stream()
                        .filter(p -> !kept.contains(p)).map(Pairing::reviewer).distinct().collect(Collectors.toList());
                List<Redraw> redraws = new ArrayList<>(previous.redraws());
                redraws.add(new Redraw(number, request, List.copyOf(replaced), drawn));
                return new DrawResult(previous.request(), policy, previous.digests(), previous.order(),
                        previous.level(), sorted(board.pairings(), previous.order(), policy), redraws);
            }
        }
        throw new DrawBlockedException(new BlockageFinder(board, policy).searchFailed(last, levels));
    }

    private static Set<String> replaced(DrawResult previous, DrawPolicy policy, RedrawRequest request,
                                        List<Pairing> own) {
        String u = request.underReview();
        String by = request.requestedBy();
        Set<String> reviewers = own.stream().map(Pairing::reviewer).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!by.equals(u) && !reviewers.contains(by)) {
            throw new LotsInputException(by + " may not ask for a redraw for " + u
                    + ": only " + u + " and its reviewing States (" + String.join(", ", reviewers) + ") may");
        }
        if (!by.equals(u) && !policy.reviewerMayRequestRedraw()) {
            throw new LotsInputException("The " + policy.mechanism() + " policy does not let a reviewing State ("
                    + by + ") ask for a redraw; only the State under review (" + u + ") may");
        }
        long asked = previous.redrawsAskedBy(u, by);
        if (asked >= policy.maxRedraws() && !request.exceptional()) {
            throw new LotsInputException(by + " has already asked for " + asked + " redraw(s) for " + u
                    + "; the policy allows " + policy.maxRedraws()
                    + ", more only in exceptional circumstances (mark the request exceptional)");
        }
        if (!by.equals(u)) {
            return Set.of(by);
        }
        if (request.replace().isPresent()) {
            String r = request.replace().get();
            if (!reviewers.contains(r)) {
                throw new LotsInputException(r + " is not a reviewing State of " + u + " ("
                        + String.join(", ", reviewers) + ")");
            }
            return Set.of(r);
        }
        return own.stream().filter(p -> !p.additional()).map(Pairing::reviewer)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void checkSameInputs(DrawResult previous, DrawInputs inputs) {
        InputDigests now = inputs.digests();
        InputDigests then = previous.digests();
        if (!now.states().equals(then.states())) {
            throw new LotsInputException("The States list is not the one the draw used (digest differs)");
        }
        if (!now.policy().equals(then.policy())) {
            throw new LotsInputException("The policy is not the one the draw used (digest differs)");
        }
        if (!now.history().equals(then.history())) {
            throw new LotsInputException("The history of past reviews is not the one the draw used (digest differs)");
        }
    }

    private static void checkRequest(Board board, DrawInputs inputs) {
        DrawPolicy policy = inputs.policy();
        checkOncePerCycle(inputs);
        for (String code : inputs.request().underReview()) {
            Party u = board.party(code);
            if (u == null) {
                throw new LotsInputException("Unknown State '" + code + "': not on the States list");
            }
            for (String instrument : policy.instruments()) {
                if (u.adherenceUnknown(instrument)) {
                    throw new LotsInputException("The States list does not say whether " + code + " (" + u.name()
                            + ") is party to " + instrument + ": its column " + instrument + "_party is empty. Fill it"
                            + " in (true or false, from the UN Treaty Collection) before drawing " + code
                            + "'s reviewers");
                }
            }
            if (!u.isPartyTo(policy.primaryInstrument())) {
                throw new LotsInputException(code + " (" + u.name() + ") is not party to "
                        + policy.primaryInstrument() + ", so it cannot be under review");
            }
            if (!u.hasGroup() && policy.ungrouped() == DrawPolicy.Ungrouped.BLOCK) {
                throw new DrawBlockedException(new Blockage(Rule.REGIONAL_GROUP, List.of(code), Map.of(),
                        "No reviewer from the same regional group for " + code + ": it belongs to no regional group"
                                + " (assign one with group.override." + code + " in the policy)"));
            }
        }
        if (!inputs.request().deferring().isEmpty() && !policy.deferralAllowed()) {
            throw new LotsInputException("The " + policy.mechanism() + " policy does not allow deferring ("
                    + String.join(", ", inputs.request().deferring()) + ")");
        }
    }

    /**
     * A State is under review once per cycle (UNTOC: per phase): one reviewed in another year of
     * the same cycle, in either kind of history, is refused by name with the year of its review.
     */
    private static void checkOncePerCycle(DrawInputs inputs) {
        DrawRequest request = inputs.request();
        DrawPolicy policy = inputs.policy();
        Map<String, Integer> reviewedIn = new java.util.TreeMap<>();
        for (PastReview r : inputs.history().reviews(policy.mechanism())) {
            if (r.mechanism().equals(policy.mechanism()) && r.cycle() == request.cycle() && r.year() != request.year()
                    && request.underReview().contains(r.underReview())) {
                reviewedIn.merge(r.underReview(), r.year(), Math::min);
            }
        }
        if (!reviewedIn.isEmpty()) {
            String cycle = policy.cycleName() + " " + request.cycle();
            throw new LotsInputException(reviewedIn.entrySet().stream()
                    .map(e -> e.getKey() + " (in " + e.getValue() + ")").collect(Collectors.joining(", "))
                    + (reviewedIn.size() == 1 ? " was" : " were") + " already under review in " + cycle
                    + ": a State is reviewed once per " + policy.cycleName() + "; take "
                    + (reviewedIn.size() == 1 ? "it" : "them") + " off the States under review of " + request.year());
        }
    }

    /** Same-group slots in the drawn order, then second slots in the drawn order. */
    private static List<Slot> firstSlots(Board board, DrawPolicy policy, List<String> order) {
        String primary = policy.primaryInstrument();
        Role second = policy.secondBox() == DrawPolicy.SecondBox.GLOBAL ? Role.GLOBAL : Role.OTHER_GROUP;
        List<Slot> slots = new ArrayList<>();
        for (String u : order) {
            if (board.party(u).hasGroup()) {
                slots.add(new Slot(u, Role.SAME_GROUP, primary, false));
            }
        }
        for (String u : order) {
            if (!board.party(u).hasGroup()) {
                slots.add(new Slot(u, Role.GLOBAL, primary, false));
                slots.add(new Slot(u, Role.GLOBAL, primary, false));
            } else {
                slots.add(new Slot(u, second, primary, false));
            }
        }
        return slots;
    }

    /**
     * For every further instrument a State under review is party to, one additional slot per first
     * reviewer not party to it, less the additional reviewers already drawn for it from that box.
     */
    static List<Slot> additionalSlots(Board board, DrawPolicy policy, List<String> order, Set<String> states) {
        List<String> instruments = policy.instruments();
        List<Slot> slots = new ArrayList<>();
        for (String u : order) {
            if (!states.contains(u)) {
                continue;
            }
            List<Pairing> own = board.pairingsOf(u);
            for (String instrument : instruments.subList(1, instruments.size())) {
                if (!board.party(u).isPartyTo(instrument)) {
                    continue;
                }
                for (Role role : Role.values()) {
                    long needed = own.stream().filter(p -> !p.additional() && p.role() == role
                            && !board.party(p.reviewer()).isPartyTo(instrument)).count();
                    long drawn = own.stream().filter(p -> p.additional() && p.role() == role
                            && p.instrument().equals(instrument)).count();
                    for (long i = drawn; i < needed; i++) {
                        slots.add(new Slot(u, role, instrument, true));
                    }
                }
            }
        }
        return slots;
    }

    /**
     * How many widening levels can change a box: beyond the spread of review counts (at most the
     * history's highest count plus the cap, or plus the number of slots with no cap) every box
     * already holds every eligible candidate.
     */
    private static int levels(Board board, DrawPolicy policy, int slots) {
        int highest = board.candidates().stream().mapToInt(p -> board.balanceCount(p.iso3())).max().orElse(0);
        int growth = policy.capPerCycle() > 0 ? policy.capPerCycle() : slots;
        return highest + growth + 1;
    }

    private static DrawRandom random(DrawInputs inputs, String use) {
        DrawRequest r = inputs.request();
        return new DrawRandom(r.seed(), inputs.policy().mechanism() + "/c" + r.cycle() + "/" + r.year() + "/" + use);
    }

    /** Pairings in the drawn order of States, first reviewers before additional ones, by box and instrument. */
    private static List<Pairing> sorted(List<Pairing> pairings, List<String> order, DrawPolicy policy) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<String> instruments = policy.instruments();
        return pairings.stream().sorted(Comparator
                        .comparing((Pairing p) -> position.getOrDefault(p.underReview(), Integer.MAX_VALUE))
                        .thenComparing(Pairing::additional)
                        .thenComparing(Pairing::role)
                        .thenComparing(p -> instruments.indexOf(p.instrument())))
                .collect(Collectors.toList());
    }
}
