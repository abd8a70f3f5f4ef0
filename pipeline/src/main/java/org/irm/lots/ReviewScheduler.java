package org.irm.lots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a draw into the reviews it creates, each with its deadlines: the policy's
 * {@code timeline.<milestone>} periods added to the date of the draw.
 */
public final class ReviewScheduler {

    /** One review per State under review, in the drawn order; the roster says what each is party to. */
    public List<ScheduledReview> reviews(DrawResult result, PartyRoster roster) {
        Map<String, LocalDate> deadlines = deadlines(result.policy(), result.request().drawDate());
        List<ScheduledReview> reviews = new ArrayList<>();
        for (String u : result.order()) {
            Party under = roster.find(u).orElseThrow(() -> new LotsInputException(
                    u + " was drawn for but is not on the States list given"));
            List<String> instruments = result.policy().instruments().stream().filter(under::isPartyTo)
                    .collect(Collectors.toList());
            Map<String, Set<String>> partyTo = new LinkedHashMap<>();
            for (Pairing p : result.pairingsOf(u)) {
                Party reviewer = roster.find(p.reviewer()).orElseThrow(() -> new LotsInputException(
                        p.reviewer() + " was drawn as reviewing State but is not on the States list given"));
                partyTo.put(p.reviewer(), instruments.stream().filter(reviewer::isPartyTo).collect(Collectors.toSet()));
            }
            reviews.add(new ScheduledReview(result.mechanism(), result.request().cycle(), result.request().year(), u,
                    instruments, result.pairingsOf(u), deadlines, partyTo));
        }
        return reviews;
    }

    /** Due dates by milestone, earliest first. */
    public static Map<String, LocalDate> deadlines(DrawPolicy policy, LocalDate drawDate) {
        Map<String, LocalDate> due = new LinkedHashMap<>();
        policy.timeline().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), drawDate.plus(e.getValue())))
                .sorted(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> due.put(e.getKey(), e.getValue()));
        return due;
    }
}
