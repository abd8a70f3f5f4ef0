package org.irm.lots;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A review the draw created: the State under review, the instruments it is reviewed on, its
 * reviewing States per instrument, and its deadlines from the mechanism's timeline, counted from
 * the date of the draw.
 *
 * @param instruments the policy's instruments the State under review is party to, primary first
 * @param deadlines   due date by milestone name, in date order
 * @param partyTo     for each reviewing State, those of {@code instruments} it is party to (a first
 *                    reviewer reviews the primary instrument and each of these)
 */
public record ScheduledReview(String mechanism, int cycle, int year, String underReview, List<String> instruments,
                              List<Pairing> pairings, Map<String, LocalDate> deadlines,
                              Map<String, Set<String>> partyTo) {

    public ScheduledReview {
        instruments = List.copyOf(instruments);
        pairings = List.copyOf(pairings);
        deadlines = Collections.unmodifiableMap(new LinkedHashMap<>(deadlines));
        partyTo = Map.copyOf(partyTo);
    }

    /** The instruments a first reviewer of this review reviews: the primary one, and each further one it is party to. */
    public List<String> firstReviewerInstruments(String reviewer) {
        Set<String> party = partyTo.getOrDefault(reviewer, Set.of());
        List<String> reviewed = new java.util.ArrayList<>();
        for (int i = 0; i < instruments.size(); i++) {
            if (i == 0 || party.contains(instruments.get(i))) {
                reviewed.add(instruments.get(i));
            }
        }
        return reviewed;
    }
}
