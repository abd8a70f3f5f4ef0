package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file stand-in for the register: reviews recorded are read back; a redraw replaces its year. */
class HistoryFolderTest {

    @Test
    void recordedReviewsFeedTheNextYearsDrawAndARedrawReplacesTheYear(@TempDir Path dir) throws Exception {
        StateListRoster states = Fixtures.realStates();
        HistoryFolder folder = new HistoryFolder(dir);
        DrawInputs inputs = new DrawInputs(states, Fixtures.uncac(), folder,
                Fixtures.request(2026, "h", List.of("NGA", "FRA", "BRA"), Set.of()));
        DrawResult first = new LotDrawer().draw(inputs);
        folder.record("uncac", 2, 2026, new ReviewScheduler().reviews(first, states), "aa");
        DrawResult redrawn = new LotDrawer().redraw(first, inputs,
                new RedrawRequest("FRA", "FRA", Optional.empty(), "workload", false));
        folder.record("uncac", 2, 2026, new ReviewScheduler().reviews(redrawn, states), "bb");

        assertThat(folder.reviews("uncac")).hasSize(6)
                .extracting(PastReview::reviewer)
                .containsExactlyInAnyOrderElementsOf(redrawn.pairings().stream().map(Pairing::reviewer).toList());
        assertThat(Files.readAllLines(dir.resolve("deadlines.csv"))).hasSize(1 + 3 * 6)
                .contains("uncac,2,2026,NGA,selfAssessment," + LocalDate.of(2026, 8, 1));
        // The year's own rows are not part of its inputs, so the draw still verifies afterwards.
        assertThat(new DrawVerifier().verify(redrawn, inputs).matches()).isTrue();
    }

    @Test
    void executiveSummariesAreReadByMechanismAndCycle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("summaries.csv"), "mechanism,cycle,iso3,published\n"
                + "uncac,1,FRA,2013-05-02\nuncac,2,FRA,2020-01-01\nuntoc,1,BRA,2024-01-01\n");

        assertThat(new HistoryFolder(dir).executiveSummaries("uncac", 1)).containsOnlyKeys("FRA")
                .containsEntry("FRA", LocalDate.of(2013, 5, 2));
    }
}
