package org.irm.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.register.Deadline;
import org.irm.register.ReviewRecord;
import org.irm.register.Reviews;

/**
 * The reviews' calendar: every deadline the register holds for the reviews of the States shown,
 * in date order; the country visits (the {@code countryDialogue} milestone: the country visit or
 * joint meeting) alone for the public calendar.
 */
final class ReviewCalendar {

    /** The milestone of the country visit or joint meeting in the reviews' timeline. */
    static final String VISIT = "countryDialogue";

    private final Reviews reviews;
    private final StateList states;

    ReviewCalendar(Reviews reviews, StateList states) {
        this.reviews = reviews;
        this.states = states;
    }

    /** Every deadline of every review whose State under review is one of these, by date, then State. */
    List<CalendarEntry> of(Collection<String> shown) {
        Set<String> wanted = new HashSet<>(shown);
        List<CalendarEntry> entries = new ArrayList<>();
        for (ReviewRecord review : reviews.all()) {
            if (wanted.contains(review.stateUnderReview())) {
                for (Deadline deadline : review.deadlines()) {
                    entries.add(entry(review, deadline));
                }
            }
        }
        entries.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::state)
                .thenComparing(CalendarEntry::milestone));
        return entries;
    }

    /** The country visits of every review, by date: what the public calendar shows. */
    List<CalendarEntry> visits() {
        List<CalendarEntry> visits = new ArrayList<>();
        for (ReviewRecord review : reviews.all()) {
            review.deadlines().stream().filter(d -> d.milestone().equals(VISIT)).forEach(d -> visits.add(entry(review, d)));
        }
        visits.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::state));
        return visits;
    }

    private CalendarEntry entry(ReviewRecord review, Deadline deadline) {
        String iso3 = review.stateUnderReview();
        return new CalendarEntry(deadline.due(), iso3, states.find(iso3).map(State::name).orElse(iso3), review.id(),
                deadline.milestone(), deadline.milestone().equals(VISIT));
    }
}
