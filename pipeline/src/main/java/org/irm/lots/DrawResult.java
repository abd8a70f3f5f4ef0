package org.irm.lots;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a draw and its redraws: what was asked, under which policy, from which inputs
 * (their digests), the order in which States under review were drawn for, the widening level the
 * boxes needed, and the pairings. Everything needed to recompute and compare it.
 *
 * @param level the widening level: 0 when every box held only the States with the fewest reviews
 */
public record DrawResult(DrawRequest request, DrawPolicy policy, InputDigests digests, List<String> order,
                         int level, List<Pairing> pairings, List<Redraw> redraws) {

    /** Identifies the algorithm; a record made by another one is not verified against this one. */
    public static final String ALGORITHM = "irm-lots-1 (SHA-256 counter DRBG, drawn order, bounded backtracking)";

    public DrawResult {
        order = List.copyOf(order);
        pairings = List.copyOf(pairings);
        redraws = List.copyOf(redraws);
    }

    public String mechanism() {
        return policy.mechanism();
    }

    /** This draw's name, {@code lots-<mechanism>-c<cycle>-<year>}: its outputs' file names and its subject in the log. */
    public String name() {
        return name(mechanism(), request.cycle(), request.year());
    }

    /** The name of a mechanism's draw for one year of one cycle. */
    public static String name(String mechanism, int cycle, int year) {
        return "lots-" + mechanism + "-c" + cycle + "-" + year;
    }

    /** The pairings of one State under review, first reviewers first. */
    public List<Pairing> pairingsOf(String underReview) {
        return pairings.stream().filter(p -> p.underReview().equals(underReview)).collect(Collectors.toList());
    }

    /**
     * The reviewing States of one State under review for one instrument, inferred from the boxes:
     * a first reviewer counts unless an additional reviewer was drawn for the instrument from its
     * box. Ambiguous where two first reviewers share a box (an entity in no regional group): use
     * {@link #reviewersOf(String, String, PartyRoster)} there.
     */
    public List<String> reviewersOf(String underReview, String instrument) {
        List<Pairing> own = pairingsOf(underReview);
        return own.stream()
                .filter(p -> p.instrument().equals(instrument)
                        || (!p.additional() && own.stream().noneMatch(a -> a.additional() && a.role() == p.role()
                        && a.instrument().equals(instrument))))
                .map(Pairing::reviewer)
                .collect(Collectors.toList());
    }

    /**
     * The reviewing States of one State under review for one instrument, by adherence: each first
     * reviewer party to it (the primary instrument: every first reviewer) and each additional
     * reviewer drawn for it. Unlike {@link #reviewersOf(String, String)} it holds for an entity in no
     * regional group, whose two first reviewers share a box.
     */
    public List<String> reviewersOf(String underReview, String instrument, PartyRoster roster) {
        return pairingsOf(underReview).stream()
                .filter(p -> p.additional() ? p.instrument().equals(instrument)
                        : instrument.equals(policy.primaryInstrument())
                        || roster.find(p.reviewer()).map(r -> r.isPartyTo(instrument)).orElse(false))
                .map(Pairing::reviewer)
                .collect(Collectors.toList());
    }

    /** Redraws asked for one State under review by one requester. */
    public long redrawsAskedBy(String underReview, String requester) {
        return redraws.stream().filter(r -> r.request().underReview().equals(underReview)
                && r.request().requestedBy().equals(requester)).count();
    }
}
