package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19.4: once per cycle in both kinds of history, a year drawn again only with --replace. */
class DrawFixesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T09:00:00Z"), ZoneOffset.UTC);

    private static LotsDesk desk(DrawBook book) {
        return new LotsDesk(Fixtures.templates(), Optional.empty(), Optional.empty(), book, CLOCK);
    }

    @Test
    void aStateReviewedEarlierInTheCycleIsRefusedWithAHistoryFolder(@TempDir Path history, @TempDir Path out)
            throws Exception {
        LotsDesk desk = desk(DrawBook.folder(history));
        desk.draw("uncac", Fixtures.request(2026, "a", List.of("NGA", "FRA", "BRA"), Set.of()), out);

        assertThatThrownBy(() -> desk.draw("uncac", Fixtures.request(2028, "b", List.of("BRA", "CHN"), Set.of()), out))
                .isInstanceOf(LotsInputException.class)
                .hasMessage("BRA (in 2026) was already under review in cycle 2: a State is reviewed once per cycle;"
                        + " take it off the States under review of 2028");
        assertThat(new HistoryFolder(history).reviews("uncac")).extracting(PastReview::year).containsOnly(2026);
    }

    @Test
    void aStateReviewedEarlierInTheCycleIsRefusedWithTheRegister(@TempDir Path home, @TempDir Path out)
            throws Exception {
        try (Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.toString())))) {
            LotsDesk desk = desk(DrawBook.register(() -> register, CLOCK));
            desk.draw("uncac", Fixtures.request(2026, "a", List.of("NGA", "FRA"), Set.of()), out);

            assertThatThrownBy(() -> desk.draw("uncac", Fixtures.request(2027, "b", List.of("FRA", "NGA", "CHN"),
                    Set.of()), out))
                    .isInstanceOf(LotsInputException.class)
                    .hasMessageStartingWith("FRA (in 2026), NGA (in 2026) were already under review in cycle 2");
            assertThat(out.resolve("lots-uncac-c2-2027.json")).doesNotExist();
        }
    }

    @Test
    void theNextCycleMayReviewTheStateAgain(@TempDir Path history, @TempDir Path out) throws Exception {
        LotsDesk desk = desk(DrawBook.folder(history));
        desk.draw("uncac", Fixtures.request(2026, "a", List.of("NGA", "FRA"), Set.of()), out);

        DrawRequest nextCycle = new DrawRequest(3, 2031, "c", List.of("FRA"), Set.of(), java.time.LocalDate.of(2031, 6, 1));
        assertThat(desk.draw("uncac", nextCycle, out).pairingsOf("FRA")).hasSize(2);
    }

    @Test
    void drawingAYearAlreadyDrawnIsRefusedSayingWhatExists(@TempDir Path history, @TempDir Path out) throws Exception {
        LotsDesk desk = desk(DrawBook.folder(history));
        desk.draw("uncac", Fixtures.request(2026, "a", List.of("NGA", "FRA", "BRA"), Set.of()), out);
        List<String> before = Files.readAllLines(history.resolve("reviews.csv"));

        assertThatThrownBy(() -> desk.draw("uncac", Fixtures.request(2026, "b", List.of("NGA"), Set.of()), out))
                .isInstanceOf(LotsInputException.class)
                .hasMessageContaining("lots-uncac-c2-2026 was already drawn: 3 State(s) under review (BRA, FRA, NGA),"
                        + " 6 pairing(s)")
                .hasMessageContaining("add --replace");
        assertThat(Files.readAllLines(history.resolve("reviews.csv"))).isEqualTo(before);
    }

    @Test
    void drawingAYearAgainWithReplaceListsAndLogsEveryPairingWithdrawn(@TempDir Path history, @TempDir Path out)
            throws Exception {
        LotsDesk desk = desk(DrawBook.folder(history));
        DrawResult first = desk.draw("uncac", Fixtures.request(2026, "a", List.of("NGA", "FRA", "BRA"), Set.of()), out);

        LotsDesk.Replacement again = desk.drawAgain("uncac", Fixtures.request(2026, "b", List.of("NGA"), Set.of()), out);

        List<PastReview> rows = new HistoryFolder(history).reviews("uncac");
        assertThat(rows).hasSize(2).allMatch(r -> r.underReview().equals("NGA"));
        // Every earlier row is either still there or listed as withdrawn: none vanishes unsaid.
        for (Pairing p : first.pairings()) {
            boolean kept = rows.stream().anyMatch(r -> r.underReview().equals(p.underReview())
                    && r.reviewer().equals(p.reviewer()));
            boolean withdrawn = again.withdrawn().stream().anyMatch(r -> r.underReview().equals(p.underReview())
                    && r.reviewer().equals(p.reviewer()));
            assertThat(kept ^ withdrawn).as("%s reviewed by %s", p.underReview(), p.reviewer()).isTrue();
        }
        assertThat(again.withdrawn()).extracting(PastReview::underReview).contains("FRA", "BRA");
        assertThat(Files.readString(history.resolve("events.jsonl")))
                .contains("replacing the earlier draw of 2026", "withdrawn: " + LotsDesk.pairs(again.withdrawn()));
    }

    @Test
    void untocPhasesLastFourYearsWithReviewsStartingInThreeOfThem() throws Exception {
        DrawPolicy untoc = Fixtures.untoc();

        assertThat(untoc.cycleYears()).isEqualTo(4);
        assertThat(untoc.reviewYears()).isEqualTo(3);
        assertThat(untoc.cycleName()).isEqualTo("phase");
        assertThat(new ReviewYears().plan(Fixtures.realStates(), untoc, ReviewHistory.none(), 2,
                ReviewYears.Option.NEW_DRAW, "s")).hasSize(3);
    }
}
