package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The three orders of review years for a new cycle. */
class ReviewYearsTest {

    @Test
    void aNewDrawOfYearsSplitsEveryPartyOnceIntoEvenYears() throws Exception {
        List<List<String>> plan = new ReviewYears().plan(Fixtures.realStates(), Fixtures.uncac(), ReviewHistory.none(),
                3, ReviewYears.Option.NEW_DRAW, "years-seed");

        assertThat(plan).hasSize(5).extracting(List::size).containsExactly(39, 38, 38, 38, 38);
        assertThat(plan.stream().flatMap(List::stream).distinct()).hasSize(191);
        assertThat(new ReviewYears().plan(Fixtures.realStates(), Fixtures.uncac(), ReviewHistory.none(), 3,
                ReviewYears.Option.NEW_DRAW, "other-seed")).isNotEqualTo(plan);
    }

    @Test
    void keepingTheOrderPutsEachPartyInItsPreviousYearAndNewcomersInTheEmptiestYears() throws Exception {
        StateListRoster states = Fixtures.realStates();
        List<String> parties = states.parties().stream().filter(p -> p.isPartyTo("uncac")).map(Party::iso3)
                .sorted().collect(Collectors.toList());
        Fixtures.MemoryHistory history = new Fixtures.MemoryHistory();
        for (int i = 0; i < parties.size() - 10; i++) {
            history.reviews.add(new PastReview("uncac", 2, 2020 + i % 5, parties.get(i), "XXX", "uncac"));
        }

        List<List<String>> plan = new ReviewYears().plan(states, Fixtures.uncac(), history, 3,
                ReviewYears.Option.KEEP, "s");

        assertThat(plan.get(0)).contains(parties.get(0), parties.get(5));
        assertThat(plan.get(4)).contains(parties.get(4));
        assertThat(plan.stream().flatMap(List::stream)).hasSize(191);
        int least = plan.stream().mapToInt(List::size).min().orElseThrow();
        int most = plan.stream().mapToInt(List::size).max().orElseThrow();
        assertThat(most - least).isLessThanOrEqualTo(1);
    }

    @Test
    void theOldestExecutiveSummaryComesFirst() throws Exception {
        ReviewHistory history = new Fixtures.MemoryHistory() {
            @Override
            public Map<String, LocalDate> executiveSummaries(String mechanism, int cycle) {
                return cycle == 2 ? Map.of("NGA", LocalDate.of(2016, 1, 1), "FRA", LocalDate.of(2019, 1, 1)) : Map.of();
            }
        };

        List<List<String>> plan = new ReviewYears().plan(Fixtures.realStates(), Fixtures.uncac(), history, 3,
                ReviewYears.Option.OLDEST_SUMMARY, "s");

        assertThat(plan.get(0)).contains("NGA", "FRA");
    }
}
