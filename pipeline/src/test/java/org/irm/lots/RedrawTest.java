package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redraws: who may ask, how often, what changes, and that each is recorded with its reason. */
class RedrawTest {

    private static DrawInputs inputs;
    private static DrawResult drawn;
    private static final String U = "NGA";

    @BeforeAll
    static void draw() throws Exception {
        StateListRoster states = Fixtures.realStates();
        List<String> under = List.of("NGA", "FRA", "BRA", "IND", "POL", "KEN", "MEX", "DEU", "JPN", "UKR");
        inputs = new DrawInputs(states, Fixtures.uncac(), ReviewHistory.none(),
                Fixtures.request(2026, "redraw-seed", under, Set.of()));
        drawn = new LotDrawer().draw(inputs);
    }

    private static RedrawRequest asked(String by, String reason) {
        return new RedrawRequest(U, by, Optional.empty(), reason, false);
    }

    @Test
    void aRedrawReplacesBothReviewersAndKeepsEveryOtherPairing() {
        DrawResult after = new LotDrawer().redraw(drawn, inputs, asked(U, "conflict of interest"));
        List<String> before = drawn.pairingsOf(U).stream().map(Pairing::reviewer).collect(Collectors.toList());

        assertThat(after.pairingsOf(U)).extracting(Pairing::reviewer).doesNotContainAnyElementsOf(before).hasSize(2);
        assertThat(after.pairings()).filteredOn(p -> !p.underReview().equals(U))
                .containsExactlyElementsOf(drawn.pairings().stream().filter(p -> !p.underReview().equals(U))
                        .collect(Collectors.toList()));
        assertThat(after.redraws()).singleElement().satisfies(r -> {
            assertThat(r.request().reason()).isEqualTo("conflict of interest");
            assertThat(r.replaced()).containsExactlyElementsOf(before);
        });
    }

    @Test
    void aRedrawOfOneReviewerKeepsTheOther() {
        Pairing regional = drawn.pairingsOf(U).get(0);
        Pairing other = drawn.pairingsOf(U).get(1);
        DrawResult after = new LotDrawer().redraw(drawn, inputs,
                new RedrawRequest(U, U, Optional.of(regional.reviewer()), "language", false));

        assertThat(after.pairingsOf(U)).contains(other).doesNotContain(regional);
        assertThat(after.pairingsOf(U)).filteredOn(p -> p.role() == regional.role()).singleElement()
                .satisfies(p -> assertThat(p.reviewer()).isNotEqualTo(regional.reviewer()));
    }

    @Test
    void aThirdRedrawNeedsExceptionalCircumstances() {
        LotDrawer drawer = new LotDrawer();
        DrawResult twice = drawer.redraw(drawer.redraw(drawn, inputs, asked(U, "one")), inputs, asked(U, "two"));

        assertThatThrownBy(() -> drawer.redraw(twice, inputs, asked(U, "three")))
                .isInstanceOf(LotsInputException.class).hasMessageContaining("exceptional");
        DrawResult thrice = drawer.redraw(twice, inputs, new RedrawRequest(U, U, Optional.empty(), "three", true));
        assertThat(thrice.redraws()).hasSize(3).last().satisfies(r -> assertThat(r.request().exceptional()).isTrue());
        List<String> gone = thrice.redraws().stream().flatMap(r -> r.replaced().stream()).collect(Collectors.toList());
        assertThat(thrice.pairingsOf(U)).extracting(Pairing::reviewer).doesNotContainAnyElementsOf(gone);
    }

    @Test
    void aReviewingStateMayNotAskUnderTheUncacPolicy() {
        String reviewer = drawn.pairingsOf(U).get(0).reviewer();

        assertThatThrownBy(() -> new LotDrawer().redraw(drawn, inputs, asked(reviewer, "workload")))
                .isInstanceOf(LotsInputException.class).hasMessageContaining("does not let a reviewing State");
    }

    @Test
    void aReviewingStateMayAskWhereThePolicyAllowsAndIsReplaced() {
        DrawInputs allowing = new DrawInputs(inputs.roster(), Fixtures.with(inputs.policy(), "redraw.byReviewer", "true"),
                inputs.history(), inputs.request());
        DrawResult base = new LotDrawer().draw(allowing);
        String reviewer = base.pairingsOf(U).get(1).reviewer();

        DrawResult after = new LotDrawer().redraw(base, allowing, asked(reviewer, "workload"));

        assertThat(after.pairingsOf(U)).extracting(Pairing::reviewer).doesNotContain(reviewer).hasSize(2);
    }

    @Test
    void aStateThatIsNeitherUnderReviewNorReviewerMayNotAsk() {
        assertThatThrownBy(() -> new LotDrawer().redraw(drawn, inputs, asked("ZZZ", "curiosity")))
                .isInstanceOf(LotsInputException.class).hasMessageContaining("may not ask");
    }

    @Test
    void aRedrawNeedsAReason() {
        assertThatThrownBy(() -> asked(U, " ")).isInstanceOf(LotsInputException.class);
    }
}
