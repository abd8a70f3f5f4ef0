package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.SampleReviewer;
import org.irm.identity.IdentitySeal;
import org.irm.intake.IntakeDaemon;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.submission.ChecklistAnswers;
import org.irm.submission.DocumentInspector;
import org.irm.testsupport.Eventually;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm review-copy, irm ingest of returned copies, irm merge and irm inspect of the merged review, as a user runs them. */
class ReviewCommandsTest {

    private static final String KEY = "command-line-test-key-0123456789";
    private static final FieldId NINE_ONE = FieldId.parse("uncac.9.1/measures");
    private static final FieldId NINE_TWO = FieldId.parse("uncac.9.2/measures");

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=" + KEY);
    }

    @Test
    void threeReturnedCopiesAreIngestedMergedAndInspectListsEveryChangeAndCommentWithItsReviewer() throws Exception {
        registerKenyasAnswers();
        assertThat(irm.run("review-copy", "--state", "KEN", "--reviewer", "FRA")).isZero();
        assertThat(irm.run("review-copy", "--state", "KEN", "--reviewer", "SEN")).isZero();
        assertThat(irm.run("review-copy", "--state", "KEN")).isZero();
        Path outbox = home.resolve("watch-folders/outbox/KEN");
        Path fra = SampleReviewer.open(copy(outbox, "fra")).as("Marie Curie", "2026-11-30T10:00:00Z")
                .replace(NINE_ONE, "2026", "2025").note("uncac.9.1", NoteKind.OBSERVATION, "Amendment not yet in force.")
                .save(home.resolve("fra.docx"));
        SampleReviewer france = SampleReviewer.open(fra);
        String question = france.as("Marie Curie", "2026-11-30T10:05:00Z").comment(NINE_TWO, "Budget Act", "Which budget act?");
        france.as("Paul Martin", "2026-11-30T11:00:00Z").reply(question, "The 2025 one, I think.");
        Path franceReturned = france.save(home.resolve("fra-returned.docx"));
        Path senegal = SampleReviewer.open(copy(outbox, "sen")).as("Aminata Diallo", "2026-12-01T08:00:00Z")
                .replace(NINE_ONE, "2026", "2027").delete(NINE_TWO, " 2025")
                .note("uncac.9.2", NoteKind.RECOMMENDATION, "Publish the budget.").save(home.resolve("sen-returned.docx"));
        Path secretariat = SampleReviewer.open(copy(outbox, "secretariat")).as("UNODC", "2026-12-01T09:00:00Z")
                .insertAfter(NINE_TWO, "Budget Act", " (amended)").save(home.resolve("sec-returned.docx"));

        irm.clearOutput();
        assertThat(irm.run("ingest", franceReturned.toString(), senegal.toString(), secretariat.toString())).isZero();
        assertThat(irm.out().lines().filter(l -> l.startsWith("REGISTERED")).count()).isEqualTo(3);

        irm.clearOutput();
        assertThat(irm.run("status", "--state", "KEN")).isZero();
        assertThat(irm.out().lines().filter(l -> l.contains("reviewed uncac.9.2")).findFirst().orElseThrow())
                .contains("FRA 2 comments, 0 changes", "SEN 0 comments, 1 changes, 1 notes", "secretariat 0 comments, 1 changes");

        irm.clearOutput();
        assertThat(irm.run("merge", "--state", "KEN")).isZero();
        assertThat(irm.out()).contains("3 review copies merged", "1 conflicts");
        Path merged = Path.of(irm.out().substring("Wrote ".length(), irm.out().indexOf(": ")));

        irm.clearOutput();
        assertThat(irm.run("inspect", merged.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(irm.out());
        assertThat(texts(json.get("revisions"), "author")).containsExactlyInAnyOrder(
                "France (FRA) \u2014 Marie Curie", "France (FRA) \u2014 Marie Curie",
                "Senegal (SEN) \u2014 Aminata Diallo", "Secretariat \u2014 UNODC");
        assertThat(texts(json.get("comments"), "author")).containsExactlyInAnyOrder(
                "France (FRA) \u2014 Marie Curie", "France (FRA) \u2014 Paul Martin", "Senegal (SEN) \u2014 Aminata Diallo");
        assertThat(texts(json.get("comments"), "text")).anySatisfy(t -> assertThat(t).startsWith("Conflict:").contains("2027"));
        // Each comment names the answer it is on, the conflict comment included.
        assertThat(texts(json.get("comments"), "fieldId")).containsExactlyInAnyOrder(
                NINE_TWO.toString(), NINE_TWO.toString(), NINE_ONE.toString());
    }

    @Test
    void aReviewCopyDroppedIntoTheReviewsFolderOfTheRunningPipelineIsRecordedAndLeavesTheFolder() throws Exception {
        registerKenyasAnswers();
        assertThat(irm.run("review-copy", "--state", "KEN", "--reviewer", "FRA")).isZero();
        Path returned = SampleReviewer.open(copy(home.resolve("watch-folders/outbox/KEN"), "fra"))
                .as("Marie Curie", "2026-11-30T10:00:00Z").replace(NINE_ONE, "2026", "2025")
                .save(home.resolve("fra-returned.docx"));
        IrmConfig settings = IrmConfig.of(Map.of("irm.home", home.toString(), "irm.secret.key", KEY,
                "irm.inbox.poll.ms", "100", "irm.inbox.settle.ms", "300"));
        Register register = Register.open(settings);
        CamelContext camel = new DefaultCamelContext();
        new IntakeDaemon(settings, PipelineDesks.open(settings, register, Clock.systemUTC()), Clock.systemUTC())
                .addTo(camel);
        camel.start();
        try {
            Path dropped = Files.copy(returned, home.resolve("watch-folders/reviews/fra-returned.docx"));
            Eventually.await("the review copy taken from the reviews folder", Duration.ofSeconds(60),
                    () -> !Files.exists(dropped));
        } finally {
            camel.stop();
        }
        assertThat(register.reviewNotes().latestCopiesOfState("KEN")).singleElement()
                .satisfies(copy -> assertThat(copy.reviewingState()).isEqualTo("FRA"));
        assertThat(register.reviewNotes().ofState("KEN")).anySatisfy(note -> assertThat(note.author()).isEqualTo("Marie Curie"));
    }

    @Test
    void aReviewCopyOfAStateWithNoReturnYetIsRefusedWithWhatToDo() {
        assertThat(irm.run("review-copy", "--state", "KEN", "--reviewer", "FRA")).isNotZero();
        assertThat(irm.err()).contains("no accepted return of Kenya", "--answers");
        assertThat(irm.run("review-copy", "--state", "KEN", "--reviewer", "KEN")).isNotZero();
        assertThat(irm.err()).contains("cannot review itself");
    }

    private void registerKenyasAnswers() throws Exception {
        // Review copies are taken from the review's drawn reviewing States only (issue 14.8).
        Register.open(IrmConfig.of(Map.of("irm.home", home.toString()))).reviews().create(NewReview.of("KEN", "uncac", 2,
                Language.EN, ReviewStage.DESK_REVIEW, List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"),
                        ReviewerAssignment.of("SEN", "global", "uncac")), List.of(), null, Instant.now()));
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"), "checklist");
        irm.run("sample-fill", issued.toString(), "--seed", "3", "--out", home.resolve("v1.docx").toString());
        Map<FieldId, String> answers = new LinkedHashMap<>(new ChecklistAnswers(new DocumentInspector(
                new IdentitySeal(KEY.getBytes(StandardCharsets.UTF_8)))).read(home.resolve("v1.docx")));
        answers.put(NINE_ONE, "Procurement Act amended in 2026.");
        answers.put(NINE_TWO, "Budget Act 2025.");
        new ChecklistFiller().fill(issued, answers, home.resolve("v2.docx"));
        assertThat(irm.run("ingest", home.resolve("v2.docx").toString())).isZero();
    }

    private static List<String> texts(JsonNode array, String key) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(key).asText()));
        return values;
    }

    private static Path copy(Path outbox, String reviewer) throws Exception {
        return onlyDocx(outbox, "review-KEN-uncac2-" + reviewer);
    }

}
