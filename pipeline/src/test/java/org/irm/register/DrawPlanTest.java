package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.junit.jupiter.api.Test;

/** The draw-replacement rules, decided without a database, dated by the injected clock. */
class DrawPlanTest {

    private static final Instant NOW = Instant.parse("2027-07-01T09:00:00Z");
    private static final DrawPlan PLAN = new DrawPlan(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final ReviewDraw FIRST = new ReviewDraw("lots-uncac-c2-2027", 2027, "ab".repeat(32));
    private static final ReviewDraw AGAIN = new ReviewDraw("lots-uncac-c2-2027", 2027, "cd".repeat(32));

    private static NewReview review(String state, String reviewer, ReviewDraw draw) {
        return NewReview.of(state, "uncac", 2, Language.EN, ReviewStage.DRAWN,
                List.of(ReviewerAssignment.of(reviewer, "same-group", "uncac")), List.of(), draw,
                Instant.parse("2027-06-10T14:00:00Z"));
    }

    private static ReviewRecord registered(NewReview review, ReviewStage stage) {
        return new ReviewRecord(review.id(), review.stateUnderReview(), review.instrument(), review.cycle(),
                review.reviewLanguage(), stage, review.reviewers(), review.deadlines(), review.createdAt(), review.draw());
    }

    @Test
    void aNewReviewIsCreatedAChangedOneReplacedAtTheClocksTimeAndAnUnchangedOneLeftAlone() {
        NewReview norway = review("NOR", "SWE", FIRST);
        NewReview kenya = review("KEN", "UGA", FIRST);
        NewReview norwayRedrawn = review("NOR", "DNK", AGAIN);

        List<DrawPlan.Step> steps = PLAN.plan("uncac", 2, 2027, List.of(norwayRedrawn, kenya, review("PER", "CHL", AGAIN)),
                Map.of("uncac-2-NOR", registered(norway, ReviewStage.SELF_ASSESSMENT),
                        "uncac-2-KEN", registered(kenya, ReviewStage.DRAWN)),
                List.of(registered(norway, ReviewStage.SELF_ASSESSMENT), registered(kenya, ReviewStage.DRAWN)), "secretariat");

        assertThat(steps).hasSize(2);
        assertThat(steps.get(0)).isInstanceOf(DrawPlan.Replace.class);
        assertThat(steps.get(0).event().at()).isEqualTo(NOW);
        assertThat(steps.get(0).event().detail()).contains("SWE (same-group) now DNK (same-group)");
        assertThat(steps.get(1)).isInstanceOf(DrawPlan.Create.class);
        assertThat(steps.get(1).event().subject()).isEqualTo("uncac-2-PER");
    }

    @Test
    void aReviewLeftOutIsWithdrawnOnlyWhileStillAtDrawn() {
        NewReview sweden = review("SWE", "NOR", FIRST);

        assertThat(PLAN.plan("uncac", 2, 2027, List.of(), Map.of(), List.of(registered(sweden, ReviewStage.DRAWN)),
                "secretariat")).singleElement().isInstanceOf(DrawPlan.Withdraw.class)
                .extracting(DrawPlan.Step::event).extracting(Event::at).isEqualTo(NOW);
        assertThatThrownBy(() -> PLAN.plan("uncac", 2, 2027, List.of(), Map.of(),
                List.of(registered(sweden, ReviewStage.DESK_REVIEW)), "secretariat"))
                .hasMessageContaining("uncac-2-SWE").hasMessageContaining("desk-review");
    }

    @Test
    void aStateDrawnForAnotherYearOfTheCycleIsNotDrawnAgain() {
        NewReview drawn2026 = review("NOR", "SWE", new ReviewDraw("lots-uncac-c2-2026", 2026, "ef".repeat(32)));

        assertThatThrownBy(() -> PLAN.plan("uncac", 2, 2027, List.of(review("NOR", "DNK", FIRST)),
                Map.of("uncac-2-NOR", registered(drawn2026, ReviewStage.DRAWN)), List.of(), "secretariat"))
                .hasMessageContaining("was drawn for 2026").hasMessageContaining("once in a cycle");
    }
}
