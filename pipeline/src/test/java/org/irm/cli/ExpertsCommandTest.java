package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Event;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewExpert;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm experts add|list}: experts registered per review, for its drawn reviewing States only. */
class ExpertsCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void kenyasReviewWithFranceDrawn() throws Exception {
        irm = IrmCommandLine.in(home);
        register().reviews().create(NewReview.of("KEN", "uncac", 2, Language.FR, ReviewStage.DRAWN,
                List.of(ReviewerAssignment.of("FRA", "same-group", "uncac")), List.of(), null, Instant.now()));
    }

    @Test
    void anExpertOfADrawnStateIsRegisteredInTheReviewsLanguageListedAndLogged() {
        assertThat(run("experts", "add", "--review", "uncac-2-KEN", "--state", "fra", "--email", "Marie@France.test",
                "--name", "Marie Curie")).as(irm.err()).isZero();
        assertThat(run("experts", "list", "--review", "uncac-2-KEN")).isZero();

        assertThat(irm.out()).contains("marie@france.test is an expert of FRA for review uncac-2-KEN (fr)",
                "uncac-2-KEN          FRA  marie@france.test");
        assertThat(register().reviewExperts().of("uncac-2-KEN"))
                .containsExactly(new ReviewExpert("uncac-2-KEN", "FRA", "marie@france.test", "Marie Curie", Language.FR));
        assertThat(register().events("uncac-2-KEN")).extracting(Event::action).contains("expert.added");
    }

    @Test
    void anExpertOfAStateNotDrawnOrOfAnUnknownReviewIsRefusedWithWhatToDo() {
        assertThat(run("experts", "add", "--review", "uncac-2-KEN", "--state", "BRA", "--email", "a@brazil.test"))
                .isEqualTo(2);
        assertThat(irm.err()).contains("BRA is not a reviewing State of review uncac-2-KEN (its reviewing States: FRA)");
        assertThat(run("experts", "add", "--review", "uncac-2-XYZ", "--state", "FRA", "--email", "a@france.test"))
                .isEqualTo(2);
        assertThat(irm.err()).contains("No review 'uncac-2-XYZ' in the register");
        assertThat(register().reviewExperts().all()).isEmpty();
    }

    private Register register() {
        return Register.open(IrmConfig.of(Map.of("irm.home", home.toString())));
    }

    private int run(String... args) {
        return irm.run(args);
    }
}
