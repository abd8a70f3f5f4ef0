package org.irm.lots;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review the draw created: the State under review, the instruments it is reviewed on, its
 * reviewing States per instrument, and its deadlines from the mechanism's timeline, counted from
 * the date of the draw.
 *
 * @param instruments the policy's instruments the State under review is party to, primary first
 * @param deadlines   due date by milestone name, in date order
 */
public record ScheduledReview(String mechanism, int cycle, int year, String underReview, List<String> instruments,
                              List<Pairing> pairings, Map<String, LocalDate> deadlines) {

    public ScheduledReview {
        instruments = List.copyOf(instruments);
        pairings = List.copyOf(pairings);
        deadlines = Collections.unmodifiableMap(new LinkedHashMap<>(deadlines));
    }
}
