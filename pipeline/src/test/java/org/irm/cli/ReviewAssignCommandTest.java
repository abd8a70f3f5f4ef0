package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.SampleReviewer;
import org.irm.docx.DocxReader;
import org.irm.docx.Revision;
import org.irm.identity.IdentitySeal;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.submission.ChecklistAnswers;
import org.irm.submission.DocumentInspector;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.SupportingFiles;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm review assign, the experts' copies returned by mail address, irm status and irm review assignments, as a user runs them. */
class ReviewAssignCommandTest {

    private static final String KEY = "command-line-test-key-0123456789";
    private static final FieldId NINE_ONE = FieldId.parse("uncac.9.1/measures");
    private static final String MARIE = "marie.curie@france.example";
    private static final String PAUL = "paul.martin@france.example";

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void kenyasAnswersAndReviewByFranceAndSenegal() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=" + KEY);
        Register.open(IrmConfig.of(Map.of("irm.home", home.toString()))).reviews().create(NewReview.of("KEN", "uncac", 2,
                Language.EN, ReviewStage.DESK_REVIEW, List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"),
                        ReviewerAssignment.of("SEN", "global", "uncac")), List.of(), null, Instant.now()));
        irm.run("checklist", "--state", "KEN", "--agency", "Public Procurement Authority", "--provisions", "9");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"), "checklist");
        irm.run("sample-fill", issued.toString(), "--seed", "3", "--out", home.resolve("v1.docx").toString());
        Map<FieldId, String> answers = new LinkedHashMap<>(new ChecklistAnswers(new DocumentInspector(
                new IdentitySeal(KEY.getBytes(StandardCharsets.UTF_8)))).read(home.resolve("v1.docx")));
        answers.put(NINE_ONE, "Procurement Act amended in 2026.");
        new ChecklistFiller().fill(issued, answers, home.resolve("v2.docx"));
        assertThat(irm.run("ingest", home.resolve("v2.docx").toString())).isZero();
        irm.clearOutput();
    }

    @Test
    void twoExpertsAssignedDisjointArticlesReturnTheirCopiesAndStatusShowsWhatEachReturned() throws Exception {
        assertThat(irm.run("review", "assign", "--state", "KEN", "--reviewer", "FRA", "--expert", MARIE,
                "--name", "Marie Curie", "--articles", "5,6")).isZero();
        assertThat(irm.out()).contains("Registered " + MARIE + " as an expert of FRA for review uncac-2-KEN",
                "reviews articles 5, 6 of review uncac-2-KEN", "Wrote ");
        assertThat(irm.run("review", "assign", "--state", "KEN", "--reviewer", "FRA", "--expert", PAUL,
                "--name", "Paul Martin", "--articles", "6,9")).isEqualTo(2);
        assertThat(irm.err()).contains("Two experts of FRA cannot review the same article: article 6 to " + MARIE);
        assertThat(irm.run("review", "assign", "--state", "KEN", "--reviewer", "FRA", "--expert", PAUL,
                "--name", "Paul Martin", "--articles", "9")).isZero();
        Path outbox = home.resolve("watch-folders/outbox/KEN");
        Path maries = onlyDocx(outbox, "review-KEN-uncac2-fra-marie-curie");
        Path pauls = onlyDocx(outbox, "review-KEN-uncac2-fra-paul-martin");
        Path marieDone = SampleReviewer.open(maries).as("Marie Curie", "2026-12-01T10:00:00Z")
                .note("uncac.5.1", NoteKind.OBSERVATION, "No strategy review since 2019.").save(home.resolve("marie.docx"));
        Path paulDone = SampleReviewer.open(pauls).as("Paul Martin", "2026-12-01T11:00:00Z")
                .replace(NINE_ONE, "2026", "2025").save(home.resolve("paul.docx"));

        irm.clearOutput();
        assertThat(irm.run("ingest", "--sender", PAUL, marieDone.toString())).isNotZero();
        assertThat(irm.out() + irm.err()).contains("NOT_A_REVIEWER", PAUL + " may not return it");
        irm.clearOutput();
        assertThat(irm.run("ingest", "--sender", MARIE, marieDone.toString())).isZero();
        assertThat(irm.run("ingest", "--sender", PAUL, paulDone.toString())).isZero();
        assertThat(irm.out().lines().filter(l -> l.startsWith("REGISTERED")).count()).isEqualTo(2);

        irm.clearOutput();
        assertThat(irm.run("status", "--state", "KEN", "--json")).isZero();
        JsonNode reviewers = new ObjectMapper().readTree(irm.out()).get("states").get(0).get("reviewers");
        assertThat(rows(reviewers)).contains(
                "FRA " + MARIE + " Marie Curie assigned [5,6] returned [5,6] outstanding [] flagged []",
                "FRA " + PAUL + " Paul Martin assigned [9] returned [9] outstanding [] flagged []");
        irm.clearOutput();
        assertThat(irm.run("review", "assignments", "--state", "KEN")).isZero();
        assertThat(irm.out()).contains("reviewer FRA " + MARIE + " (Marie Curie): assigned 5, 6; returned 5, 6;"
                + " outstanding none", "reviewer SEN (whole checklist): assigned 5, ");
        irm.clearOutput();
        assertThat(irm.run("merge", "--state", "KEN")).isZero();
        Path merged = Path.of(irm.out().substring("Wrote ".length(), irm.out().indexOf(": ")));
        assertThat(new DocxReader().read(merged).revisions()).extracting(Revision::author)
                .containsOnly("France (FRA) \u2014 Paul Martin");
        irm.clearOutput();
        assertThat(irm.run("log", "--state", "KEN")).isZero();
        assertThat(irm.out()).contains("review.assigned", "articles 5, 6 to " + MARIE + " (FRA)", "expert.added");
    }

    @Test
    void aCopyCarryingAnArticleMovedToAColleagueIsRegisteredAndFlaggedInTheAnswerAndStatus() throws Exception {
        assertThat(irm.run("review", "assign", "--state", "KEN", "--reviewer", "FRA", "--expert", MARIE,
                "--name", "Marie Curie", "--articles", "5,9")).isZero();
        Path maries = onlyDocx(home.resolve("watch-folders/outbox/KEN"), "review-KEN-uncac2-fra-marie-curie");
        assertThat(irm.run("review", "assign", "--state", "KEN", "--reviewer", "FRA", "--expert", PAUL,
                "--name", "Paul Martin", "--articles", "9", "--move", "--no-copy")).isZero();
        Path marieDone = SampleReviewer.open(maries).as("Marie Curie", "2026-12-01T10:00:00Z")
                .replace(NINE_ONE, "2026", "2024").save(home.resolve("marie.docx"));

        irm.clearOutput();
        assertThat(irm.run("ingest", "--sender", MARIE, marieDone.toString())).isZero();

        assertThat(irm.out()).contains("FLAGGED", "carries article 9, not assigned to " + MARIE + " (assigned: 5)");
        irm.clearOutput();
        assertThat(irm.run("status", "--state", "KEN")).isZero();
        assertThat(irm.out()).contains("reviewer FRA " + MARIE + " (Marie Curie): assigned 5; returned 5; outstanding none;"
                + " FLAGGED: its copy carried 9");
        irm.clearOutput();
        assertThat(irm.run("log", "--state", "KEN")).isZero();
        assertThat(irm.out()).contains("review.copyFlagged");
    }

    @Test
    void eachExpertsCopyEndsWithTheContributorsInputAndTheSupportingDocumentsOfTheirArticles() throws Exception {
        String ngo = "director@transparency.or.ke";
        assertThat(irm.run("contributors", "invite", "--state", "KEN", "--email", ngo, "--name", "J. Doe", "--organisation",
                "Transparency Kenya", "--kind", "civil-society", "--provisions", "5.1,9.1",
                "--share-with-reviewers", "5.1,9.1")).as(irm.err()).isZero();
        Path form = onlyDocx(home.resolve("watch-folders/outbox/KEN/contributors"));
        new ChecklistFiller().fill(form, Map.of(FieldId.parse("uncac.5.1/contribution"), "The strategy was never costed.",
                FieldId.parse("uncac.9.1/contribution"), "Few tenders are published."), home.resolve("input.docx"));
        assertThat(irm.run("ingest", home.resolve("input.docx").toString(), "--sender", ngo)).as(irm.out()).isZero();
        Path laws = Files.createDirectories(home.resolve("from-kenya"));
        // Kenya's answer to 9.1 cites the first by its title; no answer cites the scan.
        assertThat(irm.run("ingest", "--supporting", "--state", "KEN",
                Files.write(laws.resolve("ppa.pdf"), SupportingFiles.textPdf("Procurement Act", "Part IX.")).toString(),
                Files.write(laws.resolve("gazette.pdf"), SupportingFiles.scannedPdf(1)).toString())).as(irm.out()).isZero();

        assertThat(irm.run("review", "assign", "--state", "KEN", "--reviewer", "FRA", "--expert", MARIE,
                "--name", "Marie Curie", "--articles", "5,6")).as(irm.err()).isZero();
        assertThat(irm.run("review", "assign", "--state", "KEN", "--reviewer", "FRA", "--expert", PAUL,
                "--name", "Paul Martin", "--articles", "9")).as(irm.err()).isZero();

        Path outbox = home.resolve("watch-folders/outbox/KEN");
        List<String> maries = WordText.of(onlyDocx(outbox, "review-KEN-uncac2-fra-marie-curie")).paragraphs();
        List<String> pauls = WordText.of(onlyDocx(outbox, "review-KEN-uncac2-fra-paul-martin")).paragraphs();
        assertThat(after(maries, "Input from contributors")).contains("The strategy was never costed.")
                .doesNotContain("Few tenders are published.");
        assertThat(after(pauls, "Input from contributors")).contains("Few tenders are published.")
                .doesNotContain("The strategy was never costed.");
        assertThat(after(maries, "Supporting documents")).contains("gazette.pdf (PDF, 1 pages, no text layer (a scan or an image))")
                .noneMatch(line -> line.startsWith("ppa.pdf"));
        assertThat(after(pauls, "Supporting documents")).contains("ppa.pdf \u2014 Procurement Act (PDF, 1 pages)",
                "gazette.pdf (PDF, 1 pages, no text layer (a scan or an image))")
                .contains("Cited in the answers to: Article 9, paragraph 1");
    }

    /** The copy's paragraphs from the heading that begins with this text on; fails when there is none. */
    private static List<String> after(List<String> paragraphs, String heading) {
        int at = -1;
        for (int i = 0; i < paragraphs.size() && at < 0; i++) {
            at = paragraphs.get(i).startsWith(heading) ? i : -1;
        }
        assertThat(at).as("a paragraph beginning with '%s' in %s", heading, paragraphs).isNotNegative();
        return paragraphs.subList(at, paragraphs.size());
    }

    private static List<String> rows(JsonNode reviewers) {
        List<String> rows = new ArrayList<>();
        reviewers.forEach(r -> rows.add(r.get("reviewer").asText() + " " + r.get("expert").asText() + " "
                + r.get("name").asText() + " assigned " + r.get("assigned") + " returned " + r.get("returned")
                + " outstanding " + r.get("outstanding") + " flagged " + r.get("flagged")));
        return rows;
    }
}
