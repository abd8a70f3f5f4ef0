package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Event;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.register.StageMove;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm review advance} as the secretariat runs it: checks, forced moves with their reason, moves back, stage dates. */
class ReviewAdvanceCommandTest {

    private static final String KEY = "command-line-test-key-0123456789";

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=" + KEY);
    }

    @Test
    void aReviewWhoseChecklistIsNotCompleteStaysOutOfDeskReviewAndIsToldWhatIsMissing() throws Exception {
        registerKenyasReview();
        returnKenyasChecklist("--provisions", "9");

        assertThat(run("review", "advance", "--state", "KEN", "--to", "desk-review")).isEqualTo(2);

        assertThat(irm.err()).contains("cannot move from self-assessment to desk-review",
                "KEN's checklist is not complete", "have not come back (uncac.5.1", "--force --reason");
        assertThat(register().reviews().find("uncac-2-KEN").orElseThrow().stage()).isEqualTo(ReviewStage.SELF_ASSESSMENT);
    }

    @Test
    void aForcedMoveNeedsAReasonAndTheReasonIsKeptAndLogged() throws Exception {
        registerKenyasReview();

        assertThat(run("review", "advance", "--state", "KEN", "--to", "desk-review", "--force")).isEqualTo(2);
        assertThat(irm.err()).contains("needs its reason");
        assertThat(run("review", "advance", "--state", "KEN", "--to", "desk-review", "--force",
                "--reason", "Part two comes by diplomatic pouch")).isZero();

        assertThat(irm.out()).contains("self-assessment -> desk-review (Desk review)",
                "forced past: No checklist of KEN has come back", "reason logged: Part two comes by diplomatic pouch");
        StageMove move = register().reviews().stageMoves("uncac-2-KEN").get(0);
        assertThat(move.forced()).isTrue();
        assertThat(move.reason()).isEqualTo("Part two comes by diplomatic pouch");
        assertThat(register().events("uncac-2-KEN")).extracting(Event::detail)
                .contains("self-assessment -> desk-review (forced: Part two comes by diplomatic pouch)");
    }

    @Test
    void aCompleteChecklistLetsTheReviewIntoDeskReviewAndFinalWaitsForAReportDraftButGoingBackIsFree() throws Exception {
        registerKenyasReview();
        returnKenyasChecklist();

        assertThat(run("review", "advance", "--state", "KEN", "--to", "desk-review")).as(irm.err()).isZero();
        assertThat(register().reviews().stageMoves("uncac-2-KEN")).singleElement()
                .satisfies(move -> assertThat(move.forced()).isFalse());

        assertThat(run("review", "advance", "--state", "KEN", "--to", "final")).isEqualTo(2);
        assertThat(irm.err()).contains("No report draft has been written for review uncac-2-KEN",
                "irm report --state KEN");

        irm.clearOutput();
        assertThat(run("review", "advance", "--state", "KEN", "--to", "self-assessment", "--reason", "wrong State")).isZero();
        assertThat(irm.out()).contains("desk-review -> self-assessment (Self-assessment), moved back");
        assertThat(register().events("uncac-2-KEN")).extracting(Event::detail)
                .contains("desk-review -> self-assessment (back: wrong State)");
    }

    @Test
    void anUnknownStageIsNamedWithTheListAndTheStagesCommandShowsThemInALanguage() {
        registerKenyasReview();

        assertThat(run("review", "advance", "--state", "KEN", "--to", "visit")).isEqualTo(2);
        assertThat(irm.err()).contains("'visit' is not a stage",
                "drawn, self-assessment, desk-review, dialogue, draft-report, final, follow-up");
        assertThat(run("review", "stages", "--language", "fr")).isZero();
        assertThat(irm.out()).contains("desk-review      Examen documentaire  [checks: checklist-complete]");
    }

    @Test
    void lotsYearsOrdersTheNextCycleByTheDayEachReviewReachedFinal() throws Exception {
        Register register = register();
        for (String state : List.of("FRA", "BRA")) {
            register.reviews().create(NewReview.of(state, "uncac", 1, Language.EN, ReviewStage.DRAFT_REPORT, List.of(),
                    List.of(), null, Instant.parse("2011-01-01T00:00:00Z")));
        }
        register.reviews(Clock.fixed(Instant.parse("2013-05-07T10:00:00Z"), ZoneOffset.UTC))
                .moveStage("uncac-1-FRA", ReviewStage.FINAL, "secretariat", true, "published before the pipeline");
        // Brazil's summary is published today, through the command.
        assertThat(run("review", "advance", "--state", "BRA", "--to", "final", "--force", "--reason",
                "report agreed on paper")).as(irm.err()).isZero();
        Path policy = Files.writeString(home.resolve("one-a-year.properties"), "cycle.years=400\n");

        irm.clearOutput();
        assertThat(run("lots", "years", "--cycle", "2", "--option", "oldest-summary", "--seed", "s",
                "--policy", policy.toString())).as(irm.err()).isZero();

        assertThat(irm.out().lines().limit(2)).containsExactly("year 1 (1): FRA", "year 2 (1): BRA");
        assertThat(register.reviews().reached("uncac-1-BRA", ReviewStage.FINAL).orElseThrow()
                .atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
    }

    private void registerKenyasReview() {
        register().reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.SELF_ASSESSMENT,
                List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"), ReviewerAssignment.of("SEN", "global", "uncac")),
                List.of(), null, Instant.parse("2026-06-01T10:00:00Z")));
    }

    /** Kenya's checklist (all provisions, or those given), filled with sample answers and taken in. */
    private void returnKenyasChecklist(String... provisions) throws Exception {
        String[] issue = java.util.stream.Stream.concat(java.util.stream.Stream.of("checklist", "--state", "KEN",
                "--agency", "Ministry of Justice"), java.util.stream.Stream.of(provisions)).toArray(String[]::new);
        assertThat(run(issue)).as(irm.err()).isZero();
        Path issued = IrmCommandLine.onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        assertThat(run("sample-fill", issued.toString(), "--seed", "3", "--out", home.resolve("v1.docx").toString()))
                .isZero();
        assertThat(run("ingest", home.resolve("v1.docx").toString())).as(irm.err()).isZero();
    }

    private Register register() {
        return Register.open(IrmConfig.of(Map.of("irm.home", home.toString())));
    }

    private int run(String... args) {
        return irm.run(args);
    }
}
