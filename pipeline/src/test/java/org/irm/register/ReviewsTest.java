package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.irm.catalogue.Language;
import org.irm.testsupport.Registers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewsTest {

    private static final Instant DRAWN_AT = Instant.parse("2027-06-10T14:00:00Z");
    private static final ReviewDraw DRAW_2027 = new ReviewDraw("lots-uncac-c2-2027", 2027, "ab".repeat(32));

    @TempDir
    Path home;

    private Reviews reviews() {
        return Registers.under(home).reviews();
    }

    private static NewReview norway(int cycle, Instant createdAt) {
        return NewReview.of("NOR", "uncac", cycle, Language.EN, ReviewStage.DRAWN,
                List.of(ReviewerAssignment.of("SWE", "same-group", "uncac"), ReviewerAssignment.of("KEN", "global", "uncac")),
                List.of(new Deadline("selfAssessment", LocalDate.of(2027, 8, 10)),
                        new Deadline("focalPoint", LocalDate.of(2027, 7, 1))),
                DRAW_2027, createdAt);
    }

    @Test
    void aCreatedReviewIsReadBackWithItsReviewersDeadlinesAndDraw() {
        Reviews reviews = reviews();

        reviews.create(norway(2, DRAWN_AT));

        ReviewRecord review = reviews.find("uncac-2-NOR").orElseThrow();
        assertThat(review.stateUnderReview()).isEqualTo("NOR");
        assertThat(review.instrument()).isEqualTo("uncac");
        assertThat(review.cycle()).isEqualTo(2);
        assertThat(review.reviewLanguage()).isEqualTo(Language.EN);
        assertThat(review.stage()).isEqualTo(ReviewStage.DRAWN);
        assertThat(review.reviewingStates()).containsExactly("SWE", "KEN");
        assertThat(review.reviewers().get(0).role()).isEqualTo("same-group");
        assertThat(review.deadlines()).extracting(Deadline::milestone).containsExactly("focalPoint", "selfAssessment");
        assertThat(review.due("selfAssessment")).contains(LocalDate.of(2027, 8, 10));
        assertThat(review.createdAt()).isEqualTo(DRAWN_AT);
        assertThat(review.draw()).isEqualTo(DRAW_2027);
    }

    @Test
    void creatingAReviewIsLoggedUnderItsId() {
        Register register = Registers.under(home);

        register.reviews().create(norway(2, DRAWN_AT));

        assertThat(register.events("uncac-2-NOR")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("review.created");
            assertThat(e.fileSha256()).isEqualTo(DRAW_2027.recordSha256());
            assertThat(e.detail()).contains("SWE (same-group)", "KEN (global)", "lots-uncac-c2-2027");
        });
    }

    @Test
    void aSecondReviewWithTheSameIdIsRefusedAndTheFirstKept() {
        Reviews reviews = reviews();
        reviews.create(norway(2, DRAWN_AT));
        NewReview other = new NewReview("uncac-2-NOR", "NOR", "uncac", 2, Language.FR, ReviewStage.DRAWN, List.of(),
                List.of(), null, DRAWN_AT.plusSeconds(60));

        assertThatThrownBy(() -> reviews.create(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'uncac-2-NOR' is already in the register");
        assertThat(reviews.find("uncac-2-NOR").orElseThrow().reviewLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void aStatesReviewsComeLatestCycleFirst() {
        Reviews reviews = reviews();
        reviews.create(norway(1, DRAWN_AT.minusSeconds(86_400 * 365 * 5)));
        reviews.create(norway(2, DRAWN_AT));
        reviews.create(NewReview.of("SWE", "uncac", 2, Language.EN, ReviewStage.DRAWN,
                List.of(ReviewerAssignment.of("NOR", "same-group", "uncac")), List.of(), null, DRAWN_AT));

        assertThat(reviews.forStateUnderReview("NOR")).extracting(ReviewRecord::id)
                .containsExactly("uncac-2-NOR", "uncac-1-NOR");
        assertThat(reviews.reviewedBy("NOR")).extracting(ReviewRecord::id).containsExactly("uncac-2-SWE");
        assertThat(reviews.reviewedBy("KEN")).extracting(ReviewRecord::id).containsExactly("uncac-2-NOR", "uncac-1-NOR");
        assertThat(reviews.all()).extracting(ReviewRecord::id).containsExactly("uncac-1-NOR", "uncac-2-NOR", "uncac-2-SWE");
        assertThat(reviews.forStateUnderReview("KEN")).isEmpty();
    }

    @Test
    void movingAReviewToAStageIsLoggedWithTheStageItLeft() {
        Register register = Registers.under(home);
        register.reviews().create(norway(2, DRAWN_AT));

        ReviewRecord moved = register.reviews().setStage("uncac-2-NOR", ReviewStage.SELF_ASSESSMENT, "secretariat");
        register.reviews().setStage("uncac-2-NOR", ReviewStage.SELF_ASSESSMENT, "secretariat");

        assertThat(moved.stage()).isEqualTo(ReviewStage.SELF_ASSESSMENT);
        assertThat(register.reviews().find("uncac-2-NOR").orElseThrow().stage()).isEqualTo(ReviewStage.SELF_ASSESSMENT);
        assertThat(register.events("uncac-2-NOR")).extracting(Event::action, Event::actor, Event::detail)
                .containsExactly(
                        Tuple.tuple("review.created", Event.PIPELINE,
                                register.events("uncac-2-NOR").get(0).detail()),
                        Tuple.tuple("review.stage", "secretariat", "drawn -> self-assessment"));
    }

    @Test
    void theReviewLanguageAgreedAfterTheDrawIsKeptAndLogged() {
        Register register = Registers.under(home);
        register.reviews().create(norway(2, DRAWN_AT));

        register.reviews().setReviewLanguage("uncac-2-NOR", Language.FR, "secretariat");

        assertThat(register.reviews().find("uncac-2-NOR").orElseThrow().reviewLanguage()).isEqualTo(Language.FR);
        assertThat(register.events("uncac-2-NOR")).extracting(Event::detail).contains("en -> fr");
    }

    @Test
    void anUnknownReviewIsNamedWhenMovedOrLookedUp() {
        Reviews reviews = reviews();

        assertThat(reviews.find("uncac-2-XYZ")).isEmpty();
        assertThatThrownBy(() -> reviews.setStage("uncac-2-XYZ", ReviewStage.DESK_REVIEW, "secretariat"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No review 'uncac-2-XYZ' in the register");
    }

    @Test
    void aReviewerPartyToSomeProtocolsOnlyKeepsItsInstrumentsAndAdditionalMark() {
        Reviews reviews = reviews();
        reviews.create(NewReview.of("MEX", "untoc", 1, Language.ES, ReviewStage.DRAWN, List.of(
                new ReviewerAssignment("CHL", "same-group", List.of("untoc", "trafficking"), false),
                new ReviewerAssignment("FRA", "other-group", List.of("untoc", "trafficking", "migrants"), false),
                new ReviewerAssignment("PER", "same-group", List.of("firearms"), true)), List.of(), null, DRAWN_AT));

        ReviewRecord review = reviews.find("untoc-1-MEX").orElseThrow();

        assertThat(review.reviewers()).extracting(ReviewerAssignment::reviewingState, ReviewerAssignment::instruments,
                ReviewerAssignment::additional).containsExactly(
                Tuple.tuple("CHL", List.of("untoc", "trafficking"), false),
                Tuple.tuple("FRA", List.of("untoc", "trafficking", "migrants"), false),
                Tuple.tuple("PER", List.of("firearms"), true));
    }

    @Test
    void aReviewWhereAStateReviewsItselfIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> NewReview.of("NOR", "uncac", 2, Language.EN, ReviewStage.DRAWN,
                List.of(ReviewerAssignment.of("NOR", "same-group", "uncac")), List.of(), null, DRAWN_AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOR cannot review itself");
    }

    @Test
    void recordingADrawAgainReplacesReviewersKeepsStageAndWithdrawsReviewsLeftOut() {
        Register register = Registers.under(home);
        Reviews reviews = register.reviews();
        NewReview sweden = NewReview.of("SWE", "uncac", 2, Language.EN, ReviewStage.DRAWN,
                List.of(ReviewerAssignment.of("NOR", "same-group", "uncac")), List.of(), DRAW_2027, DRAWN_AT);
        reviews.recordDraw("uncac", 2, 2027, List.of(norway(2, DRAWN_AT), sweden), Event.PIPELINE);
        reviews.setStage("uncac-2-NOR", ReviewStage.SELF_ASSESSMENT, "secretariat");
        ReviewDraw redrawn = new ReviewDraw("lots-uncac-c2-2027", 2027, "cd".repeat(32));
        NewReview norwayRedrawn = NewReview.of("NOR", "uncac", 2, Language.EN, ReviewStage.DRAWN,
                List.of(ReviewerAssignment.of("DNK", "same-group", "uncac"), ReviewerAssignment.of("KEN", "global", "uncac")),
                List.of(new Deadline("focalPoint", LocalDate.of(2027, 7, 1))), redrawn, DRAWN_AT.plusSeconds(3600));

        reviews.recordDraw("uncac", 2, 2027, List.of(norwayRedrawn), "secretariat");

        ReviewRecord norway = reviews.find("uncac-2-NOR").orElseThrow();
        assertThat(norway.reviewingStates()).containsExactly("DNK", "KEN");
        assertThat(norway.stage()).isEqualTo(ReviewStage.SELF_ASSESSMENT);
        assertThat(norway.createdAt()).isEqualTo(DRAWN_AT);
        assertThat(norway.draw()).isEqualTo(redrawn);
        assertThat(norway.deadlines()).hasSize(1);
        assertThat(reviews.find("uncac-2-SWE")).isEmpty();
        assertThat(register.events("uncac-2-NOR")).extracting(Event::action).endsWith("review.drawn");
        assertThat(register.events("uncac-2-SWE")).extracting(Event::action)
                .containsExactly("review.created", "review.withdrawn");
    }

    @Test
    void aNewDrawCannotLeaveOutAReviewThatHasStarted() {
        Reviews reviews = reviews();
        reviews.recordDraw("uncac", 2, 2027, List.of(norway(2, DRAWN_AT)), Event.PIPELINE);
        reviews.setStage("uncac-2-NOR", ReviewStage.DESK_REVIEW, "secretariat");

        assertThatThrownBy(() -> reviews.recordDraw("uncac", 2, 2027, List.of(), Event.PIPELINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uncac-2-NOR").hasMessageContaining("desk-review");
        assertThat(reviews.find("uncac-2-NOR")).isPresent();
    }

    @Test
    void aForcedMoveKeepsItsReasonAndDateAndTheStageDatesReadBack() {
        Register register = Registers.under(home);
        Instant at = Instant.parse("2027-09-01T08:00:00Z");
        Reviews reviews = register.reviews(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC));
        reviews.create(norway(2, DRAWN_AT));

        reviews.moveStage("uncac-2-NOR", ReviewStage.DESK_REVIEW, "secretariat", true, "Part two arrives by post");

        assertThat(reviews.stageMoves("uncac-2-NOR")).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo(ReviewStage.DRAWN);
            assertThat(move.to()).isEqualTo(ReviewStage.DESK_REVIEW);
            assertThat(move.at()).isEqualTo(at);
            assertThat(move.forced()).isTrue();
            assertThat(move.reason()).isEqualTo("Part two arrives by post");
        });
        assertThat(reviews.reached("uncac-2-NOR", ReviewStage.DESK_REVIEW)).contains(at);
        assertThat(register.events("uncac-2-NOR")).last().extracting(Event::detail)
                .isEqualTo("drawn -> desk-review (forced: Part two arrives by post)");
        assertThatThrownBy(() -> reviews.moveStage("uncac-2-NOR", ReviewStage.FINAL, "secretariat", true, " "))
                .hasMessageContaining("needs its reason");
    }

    @Test
    void formerStageCodesReadAsTheTemplatesCodes() {
        assertThat(ReviewStage.ofCode("completed")).isEqualTo(ReviewStage.FINAL);
        assertThat(ReviewStage.ofCode("COUNTRY_DIALOGUE")).isEqualTo(ReviewStage.DIALOGUE);
        assertThat(ReviewStage.ofCode("executive-summary")).isEqualTo(ReviewStage.DRAFT_REPORT);
        assertThatThrownBy(() -> ReviewStage.ofCode("desk review!")).hasMessageContaining("not a stage code");
    }
}
