package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.demo.ChecklistFiller;
import org.irm.identity.IdentitySeal;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.submission.ChecklistAnswers;
import org.irm.submission.DocumentInspector;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A State clears an answer in a later return: blank fields are not stored (issue 20), and the
 * cleared field must not come back from the earlier version in what users read.
 */
class ClearedAnswerTest {

    private static final String KEY = "cleared-answer-test-key-0123456789";
    private static final FieldId NINE_ONE = FieldId.parse("uncac.9.1/measures");
    private static final String CLEARED = "Procurement Act amended in 2026, section 14.";

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void twoReturnsTheSecondClearingAnAnswer() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=" + KEY);
        try (Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.toString())))) {
            register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DESK_REVIEW,
                    List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"), ReviewerAssignment.of("SEN", "global", "uncac")),
                    List.of(), null, Instant.now()));
        }
        assertThat(irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9")).as(irm::err).isZero();
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"), "checklist");
        assertThat(irm.run("sample-fill", issued.toString(), "--seed", "5", "--out", home.resolve("sampled.docx").toString()))
                .isZero();
        Map<FieldId, String> answers = new LinkedHashMap<>(new ChecklistAnswers(new DocumentInspector(
                new IdentitySeal(KEY.getBytes(StandardCharsets.UTF_8)))).read(home.resolve("sampled.docx")));
        answers.put(NINE_ONE, CLEARED);
        new ChecklistFiller().fill(issued, answers, home.resolve("v1.docx"));
        answers.put(NINE_ONE, "");
        new ChecklistFiller().fill(issued, answers, home.resolve("v2.docx"));
        assertThat(irm.run("ingest", home.resolve("v1.docx").toString())).isZero();
        assertThat(irm.run("ingest", home.resolve("v2.docx").toString())).isZero();
        irm.clearOutput();
    }

    @Test
    void statusShowsTheFieldClearedInTheSecondVersionAndTheProvisionMissingItsRequiredAnswer() throws Exception {
        assertThat(irm.run("status", "--state", "KEN", "--json")).isZero();

        JsonNode status = new ObjectMapper().readTree(irm.out()).get("states").get(0);
        JsonNode field = find(status.get("fields"), "field", NINE_ONE.toString());
        assertThat(field.get("current").asText()).isEmpty();
        assertThat(field.get("history")).extracting(h -> h.get("version").asInt() + ":" + h.get("value").asText())
                .containsExactly("1:" + CLEARED, "2:");
        JsonNode provision = find(status.get("provisions"), "provision", "uncac.9.1");
        assertThat(provision.get("status").asText()).isEqualTo("findings");
        assertThat(provision.get("missingFields").asInt()).isPositive();
    }

    @Test
    void theReviewCopyAndTheDraftReportDoNotBringTheClearedAnswerBack() throws Exception {
        assertThat(irm.run("review-copy", "--state", "KEN", "--reviewer", "FRA")).isZero();
        assertThat(irm.run("report", "--state", "KEN", "--language", "en", "--kind", "report")).isZero();

        Path outbox = home.resolve("watch-folders/outbox/KEN");
        String copy = new Tika().parseToString(onlyDocx(outbox, "review-KEN-uncac2-fra"));
        String report = new Tika().parseToString(outbox.resolve("report-KEN-en.docx"));
        assertThat(copy).contains("Kenya").doesNotContain("Procurement Act amended in 2026");
        assertThat(report).contains("Kenya").doesNotContain("Procurement Act amended in 2026");
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode node : array) {
            if (node.get(key).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + key + " " + value + " in " + array);
    }
}
