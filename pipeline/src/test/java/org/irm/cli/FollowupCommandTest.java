package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.demo.ChecklistFiller;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReportRecords;
import org.irm.register.ReviewStage;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm followup as the secretariat runs it: track, assign, form, ingest the filled form, plan, status. */
class FollowupCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void kenyasReviewIsRegistered() throws Exception {
        String key = new String(Checklists.KEY, StandardCharsets.UTF_8);
        irm = IrmCommandLine.in(home, "irm.secret.key=" + key);
        try (Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.toString())))) {
            register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DRAFT_REPORT, List.of(),
                    List.of(), null, Instant.parse("2027-01-05T10:00:00Z")));
        }
    }

    private void reportBlocks() {
        try (Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.toString())))) {
            register.reportRecords().syncDrawn("uncac-2-KEN", List.of(
                    new ReportRecords.Drawn("uncac.5.1/observations", "uncac.5.1", "observations", null, "Seen.", Language.EN, "UGA", "notes"),
                    new ReportRecords.Drawn("uncac.5.1/recommendation/1", "uncac.5.1", "recommendation", null,
                            "Adopt an anti-corruption strategy.", Language.EN, "UGA", "notes"),
                    new ReportRecords.Drawn("uncac.5.1/recommendation/2", "uncac.5.1", "recommendation", null,
                            "Evaluate the strategy every two years.", Language.EN, "UGA", "notes"),
                    new ReportRecords.Drawn("uncac.9.1/goodPractice/1", "uncac.9.1", "goodPractice", null,
                            "Open tendering online.", Language.EN, "FRA", "notes"),
                    new ReportRecords.Drawn("uncac.9.1/taNeed/legislative-drafting", "uncac.9.1", "taNeed",
                            "legislative-drafting", "Drafting support.", Language.EN, "KEN", "answers")),
                    Instant.parse("2027-07-01T09:00:00Z"));
            register.reportRecords().recordEdit("uncac-2-KEN", "uncac.5.1/recommendation/2",
                    "Evaluate the strategy every year.", Language.EN, "secretariat", "report-KEN-en.docx", null,
                    Instant.parse("2027-07-02T09:00:00Z"));
        }
    }

    @Test
    void trackingAReportWithNoBlocksIsRefusedWithTheWayOut() {
        assertThat(run("followup", "track", "--state", "KEN")).isNotZero();
        assertThat(irm.err()).contains("has no blocks").contains("irm report --state KEN");
    }

    @Test
    void aReviewReachingFinalHasItsReportTrackedWithoutAFurtherCommand() throws Exception {
        reportBlocks();

        assertThat(run("review", "advance", "--state", "KEN", "--to", "final", "--force", "--reason",
                "draft agreed in the meeting")).as(irm.err()).isZero();
        irm.clearOutput();
        assertThat(run("followup", "status", "--state", "KEN", "--json")).isZero();
        JsonNode tracker = new ObjectMapper().readTree(irm.out());
        assertThat(tracker.path("totals").path("itemCount").asInt()).isEqualTo(4);
    }

    @Test
    void theFollowUpRunsFromTheCommandLine() throws Exception {
        reportBlocks();

        assertThat(run("followup", "track", "--state", "ken")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("KEN: 4 items tracked (4 new, 0 texts brought up to date)")
                .contains("uncac-2-KEN/R-5.1-01  Adopt an anti-corruption strategy.")
                .contains("uncac-2-KEN/R-5.1-02  Evaluate the strategy every year.")
                .contains("uncac-2-KEN/G-9.1-01").contains("uncac-2-KEN/T-9.1-01");
        irm.clearOutput();
        assertThat(run("followup", "track", "--state", "KEN")).isZero();
        assertThat(irm.out()).contains("4 items tracked (0 new");

        assertThat(run("followup", "assign", "--item", "uncac-2-KEN/R-5.1-01", "--agency", "Anti-Corruption Commission")).isZero();
        assertThat(run("followup", "assign", "--item", "uncac-2-KEN/R-7.7-01", "--agency", "X")).isNotZero();
        assertThat(irm.err()).contains("No follow-up item uncac-2-KEN/R-7.7-01");

        irm.clearOutput();
        assertThat(run("followup", "form", "--state", "KEN", "--agency", "Anti-Corruption Commission", "--provisions", "5"))
                .as(irm.err()).isZero();
        assertThat(irm.out()).contains("1 open items");
        Path form = IrmCommandLine.onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        Path filled = home.resolve("returned").resolve("followup-KEN.docx");
        Files.createDirectories(filled.getParent());
        new ChecklistFiller().fill(form, Map.of(
                FieldId.parse("uncac.5.1/fu-r01-status"), "implemented",
                FieldId.parse("uncac.5.1/fu-r01-measures"), "The strategy was adopted in May."), filled);
        assertThat(run("ingest", filled.toString(), "--state", "KEN")).as(irm.err()).isZero();

        irm.clearOutput();
        assertThat(run("followup", "status", "--state", "KEN", "--json", "--date", "2027-09-01")).isZero();
        JsonNode tracker = new ObjectMapper().readTree(irm.out());
        assertThat(tracker.path("asOf").asText()).isEqualTo("2027-09-01");
        assertThat(tracker.path("totals").path("itemCount").asInt()).isEqualTo(4);
        assertThat(tracker.path("totals").path("byStatus").path("implemented").asInt()).isEqualTo(1);
        assertThat(tracker.path("totals").path("byStatus").path("not-reported").asInt()).isEqualTo(3);
        JsonNode provision = tracker.path("states").get(0).path("provisions").get(0);
        assertThat(provision.path("provision").asText()).isEqualTo("uncac.5.1");
        assertThat(provision.path("items").get(0).path("agencies").get(0).asText()).isEqualTo("Anti-Corruption Commission");

        irm.clearOutput();
        assertThat(run("followup", "plan", "--state", "KEN", "--date", "2027-09-01")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("action-plan-KEN-2027-09-01-en.docx").contains("action-plan-KEN-2027-09-01-en.xlsx");
        Path xlsx = home.resolve("returned/tracker.xlsx");
        assertThat(run("followup", "status", "--xlsx", xlsx.toString(), "--date", "2027-09-01")).isZero();
        assertThat(xlsx).isRegularFile();
        assertThat(run("followup", "status", "--xlsx", xlsx.toString())).as("never overwritten").isNotZero();
    }

    private int run(String... args) {
        return irm.run(args);
    }
}
