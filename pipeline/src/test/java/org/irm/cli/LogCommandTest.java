package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.demo.SampleReviewer;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm log}: every change made through the commands is in the audit log, per State, readable as JSON. */
class LogCommandTest {

    private static final String KEY = "command-line-test-key-0123456789";

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=" + KEY);
    }

    @Test
    void everyChangeToKenyasReviewIsLoggedAndReadBackAsJsonForKenyaOnly() throws Exception {
        Register.open(IrmConfig.of(Map.of("irm.home", home.toString()))).reviews().create(NewReview.of("KEN", "uncac", 2,
                Language.EN, ReviewStage.SELF_ASSESSMENT, List.of(ReviewerAssignment.of("FRA", "same-group", "uncac")),
                List.of(), null, Instant.now()));
        ok("focal-points", "add", "--state", "KEN", "--email", "focal.point@kenya.test");
        ok("experts", "add", "--review", "uncac-2-KEN", "--state", "FRA", "--email", "expert@france.test");
        ok("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = IrmCommandLine.onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        ok("sample-fill", issued.toString(), "--seed", "3", "--out", home.resolve("v1.docx").toString());
        ok("ingest", home.resolve("v1.docx").toString());
        ok("review-copy", "--state", "KEN", "--reviewer", "FRA");
        Path returned = SampleReviewer.open(IrmCommandLine.onlyDocx(home.resolve("watch-folders/outbox/KEN"), "review-KEN-uncac2-fra"))
                .as("Marie Curie", "2026-11-30T10:00:00Z")
                .note("uncac.9.1", NoteKind.OBSERVATION, "Amendment not yet in force.").save(home.resolve("fra.docx"));
        ok("ingest", returned.toString());
        ok("merge", "--state", "KEN");
        ok("review", "advance", "--state", "KEN", "--to", "desk-review", "--force", "--reason", "Part two by post");

        irm.clearOutput();
        ok("log", "--state", "KEN", "--json");

        JsonNode events = new ObjectMapper().readTree(irm.out()).get("events");
        List<String> actions = new ArrayList<>();
        events.forEach(event -> {
            assertThat(event.get("state").asText()).isEqualTo("KEN");
            actions.add(event.get("action").asText());
        });
        assertThat(actions).containsSubsequence("review.created", "focalPoint.added", "expert.added", "checklist.issued",
                "submission.accepted", "review.copyIssued", "review.copyReceived", "review.merged", "review.merged",
                "review.stage");
        assertThat(fieldNames(events.get(0))).containsExactly("id", "at", "state", "actor", "action", "subject",
                "fileSha256", "detail");
        JsonNode stage = events.get(events.size() - 1);
        assertThat(stage.get("subject").asText()).isEqualTo("uncac-2-KEN");
        assertThat(stage.get("detail").asText()).isEqualTo("self-assessment -> desk-review (forced: Part two by post)");

        irm.clearOutput();
        ok("log", "--state", "FRA", "--since", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        assertThat(irm.out()).contains("No events concerning FRA since");
        assertThat(run("log", "--since", "yesterday")).isEqualTo(2);
        assertThat(irm.err()).contains("'yesterday' is not a date");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void ok(String... args) {
        assertThat(run(args)).as(String.join(" ", args) + ": " + irm.err()).isZero();
    }

    private int run(String... args) {
        return irm.run(args);
    }
}
