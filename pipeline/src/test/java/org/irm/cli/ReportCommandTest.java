package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.docx.DocxReader;
import org.irm.register.Deadline;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.report.DraftIdentity;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.Registers;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm report as the secretariat runs it: drafts into the outbox, unchanged drafts left alone, edits taken back. */
class ReportCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void registerAReview() throws Exception {
        irm = IrmCommandLine.in(home, "irm.report.summary.maxWords=50");
        Registers.under(home).reviews().create(NewReview.of("KEN", "uncac", 2,
                Language.EN, ReviewStage.values()[0], List.of(ReviewerAssignment.of("UGA", "same-group", "uncac"),
                        ReviewerAssignment.of("FRA", "global", "uncac")),
                List.of(new Deadline("draftReport", LocalDate.of(2027, 9, 30))), null, Instant.parse("2027-01-05T10:00:00Z")));
    }

    @Test
    void draftsAreWrittenOnceThenLeftAloneUntilAnEditComesBack() throws Exception {
        assertThat(irm.run("report", "--state", "ken", "--language", "en,ar", "--kind", "summary")).isZero();
        Path outbox = home.resolve("watch-folders/outbox/KEN");
        assertThat(outbox.resolve("summary-KEN-en.docx")).isRegularFile();
        assertThat(outbox.resolve("summary-KEN-ar.docx")).isRegularFile();
        assertThat(irm.out()).contains("WRITTEN", "FINDING summaryTooLong");

        irm.clearOutput();
        assertThat(irm.run("report", "--state", "KEN", "--language", "en", "--kind", "summary")).isZero();
        assertThat(irm.out()).startsWith("UNCHANGED").contains("summary-KEN-en.docx");

        assertThat(irm.run("report", "--state", "KEN", "--kind", "report")).isZero();
        String tag = "w:val=\"irm-report:uncac.5.1/observations\"";
        Path edited = Zips.edit(outbox.resolve("report-KEN-en.docx"), "word/document.xml", xml -> {
            int start = xml.indexOf("<w:t xml:space=\"preserve\">", xml.indexOf(tag)) + 26;
            return xml.substring(0, start) + "Observed on site in June." + xml.substring(xml.indexOf("</w:t>", start));
        }, home.resolve("report-edited.docx"));
        irm.clearOutput();
        assertThat(irm.run("report", "--import", edited.toString(), "--author", "A. Editor")).isZero();
        assertThat(irm.out()).contains("1 blocks edited (uncac.5.1/observations)");

        irm.clearOutput();
        assertThat(irm.run("report", "--state", "KEN", "--kind", "report,summary")).isZero();
        assertThat(irm.out()).contains("WRITTEN   report  en", "report-KEN-en-2.docx", "UNCHANGED summary");
        assertThat(Files.readString(home.resolve("irm.properties"))).isNotEmpty();
    }

    @Test
    void aDraftWhoseSealDoesNotVerifyIsRefusedWithItsReasonCode() throws Exception {
        assertThat(irm.run("report", "--state", "KEN", "--kind", "summary", "--language", "en")).isZero();
        Path draft = home.resolve("watch-folders/outbox/KEN/summary-KEN-en.docx");
        String seal = DraftIdentity.of(new DocxReader().read(draft)).orElseThrow().seal();
        String other = "0".repeat(8) + seal.substring(8);
        Path forged = Zips.edit(draft, "customXml/item1.xml", xml -> xml.replace(seal, other), home.resolve("forged.docx"));
        Path forgedBoth = Zips.edit(forged, "docProps/custom.xml", xml -> xml.replace(seal, other),
                home.resolve("forged-both.docx"));

        assertThat(irm.run("report", "--import", forgedBoth.toString())).isEqualTo(UserFacingErrors.USER_ERROR);
        assertThat(irm.err()).contains("REPORT_DRAFT_BAD_SEAL", "seal does not match");
        assertThat(irm.out()).doesNotContain("Took back");
    }

    @Test
    void everyStateUnderReviewIsDraftedIntoItsOwnFolder() throws Exception {
        Registers.under(home).reviews().create(NewReview.of("UGA", "uncac", 2, Language.FR, ReviewStage.values()[0],
                List.of(ReviewerAssignment.of("KEN", "same-group", "uncac")), List.of(), null,
                Instant.parse("2027-01-06T10:00:00Z")));

        assertThat(irm.run("report", "--all-states", "--kind", "summary")).isZero();

        assertThat(home.resolve("watch-folders/outbox/KEN/summary-KEN-en.docx")).isRegularFile();
        assertThat(home.resolve("watch-folders/outbox/UGA/summary-UGA-fr.docx")).isRegularFile();
        assertThat(irm.out().lines().filter(line -> line.startsWith("WRITTEN"))).hasSize(2);
    }

    @Test
    void aStateAndEveryStateAtOnceAreRefused() {
        assertThat(irm.run("report", "--state", "KEN", "--all-states")).isEqualTo(UserFacingErrors.USER_ERROR);
        assertThat(irm.err()).contains("--state ISO3", "--all-states", "--import FILE");
    }

    @Test
    void withoutAStateOrAFileItSaysWhatToName() {
        assertThat(irm.run("report")).isEqualTo(UserFacingErrors.USER_ERROR);
        assertThat(irm.err()).contains("--state ISO3", "--import FILE");
    }

    @Test
    void aStateWithoutAReviewIsToldHowToGetOne() {
        assertThat(irm.run("report", "--state", "EGY")).isEqualTo(UserFacingErrors.USER_ERROR);
        assertThat(irm.err()).contains("No review of EGY");
    }
}
