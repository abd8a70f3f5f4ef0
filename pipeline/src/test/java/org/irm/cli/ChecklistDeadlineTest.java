package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist's cover gives the deadline the review's timeline gives: the one the register and the reminders keep. */
class ChecklistDeadlineTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() {
        // uncac's timeline: the self-assessment is due two months after the draw (templates/lots/uncac.properties)
        irm = IrmCommandLine.in(home, "irm.secret.key=deadline-test-key-0123456789", "irm.clock.start=2027-01-10T09:00:00Z");
    }

    private static String coverText(Path checklist) throws IOException {
        try (ZipFile zip = new ZipFile(checklist.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("<[^>]+>", "");
        }
    }

    @Test
    void aDrawnReviewsChecklistCarriesTheRegistersSelfAssessmentDeadline() throws IOException {
        irm.run("lots", "--year", "2027", "--seed", "deadline-test", "--under", "KEN,EGY", "--date", "2026-12-01");

        assertThat(irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9"))
                .as(irm.err()).isZero();

        assertThat(coverText(onlyDocx(home.resolve("watch-folders/outbox/KEN")))).contains("1 February 2027");
    }

    @Test
    void aReviewNotDrawnYetCountsTheTimelineFromToday() throws IOException {
        assertThat(irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9"))
                .as(irm.err()).isZero();

        assertThat(coverText(onlyDocx(home.resolve("watch-folders/outbox/KEN")))).contains("10 March 2027");
    }

    @Test
    void aDeadlineGivenByHandThatDiffersFromTheRegistersIsNoted() throws IOException {
        irm.run("lots", "--year", "2027", "--seed", "deadline-test", "--under", "KEN,EGY", "--date", "2026-12-01");
        irm.clearOutput();

        assertThat(irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9",
                "--deadline", "2027-03-31")).isZero();

        assertThat(coverText(onlyDocx(home.resolve("watch-folders/outbox/KEN")))).contains("31 March 2027");
        assertThat(irm.err()).contains("the register's self-assessment deadline of uncac-2-KEN, which the reminders follow, "
                + "is 2027-02-01");
    }
}
