package org.irm.lots;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the secretariat asks for: the States under review in one year of one cycle, the States
 * that defer serving as reviewers in their own review year, the published seed, and the date of
 * the draw (deadlines count from it).
 */
public record DrawRequest(int cycle, int year, String seed, List<String> underReview, Set<String> deferring,
                          LocalDate drawDate) {

    public DrawRequest {
        if (seed == null || seed.isBlank()) {
            throw new LotsInputException("A draw needs the published seed");
        }
        if (cycle < 1) {
            throw new LotsInputException("The cycle is numbered from 1, not " + cycle);
        }
        underReview = List.copyOf(new TreeSet<>(underReview));
        deferring = Set.copyOf(new TreeSet<>(deferring));
        if (underReview.isEmpty()) {
            throw new LotsInputException("No State is under review: nothing to draw");
        }
        for (String state : deferring) {
            if (!underReview.contains(state)) {
                throw new LotsInputException(state + " is not under review in " + year
                        + ", so it has no review year in which to defer serving");
            }
        }
    }
}
