package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.irm.catalogue.Language;
import org.irm.identity.FieldMarks;
import org.irm.register.FollowUpItem;
import org.irm.register.FollowUpStatus;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up form filled in LibreOffice through its own API (UNO): the status chosen, measures typed,
 * and more action-plan rows than the form has, inserted as a user inserts table rows; saved as .docx
 * and dropped back, every row is read. LibreOffice drops the controls' tags, so this also proves the
 * bookmarks carry the form.
 */
class FollowUpFormLibreOfficeIT {

    @TempDir
    Path home;

    @Test
    void aFormFilledInLibreOfficeWithAddedPlanRowsIsReadBack() throws Exception {
        LibreOffice.require();
        FollowUpFixture fixture = new FollowUpFixture(home);
        fixture.kenyaReportDrafted();
        List<FollowUpItem> items = new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK).trackState("KEN").items();
        FollowUpItem item = items.get(0);
        FollowUpForms.Written form = fixture.form(Language.EN, null, Set.of());
        Path filled = home.resolve("lo").resolve("kenya-followup-lo.docx");
        List<List<String>> rows = List.of(
                List.of("Draft the amendment", "Ministry of Justice", "2027-03-31", "Implemented"),
                List.of("Adopt the amendment", "Parliament", "2027-06-30", "In progress"),
                List.of("Publish awards online", "Public Procurement Authority", "2027-12-31", "Not started"),
                List.of("Train officers", "Public Procurement Authority", "2028-03-31", "Not started"),
                List.of("Evaluate the reform", "Ministry of Finance", "2028-12-31", "Not started"));

        fillInLibreOffice(form.file(), filled, List.of(
                Map.of("bookmark", FieldMarks.bookmark(FollowUpFixture.field(item, ItemIds.STATUS)), "choose", "In progress"),
                Map.of("bookmark", FieldMarks.bookmark(FollowUpFixture.field(item, ItemIds.MEASURES)),
                        "fill", "A bill was tabled in Parliament.")),
                List.of(Map.of("bookmark", FollowUpFixture.planBookmark(item), "rows", rows)));
        Acknowledgement taken = fixture.drop(filled, "KEN", Instant.parse("2027-09-01T08:00:00Z"));

        assertThat(FollowUpFixture.part(filled, "word/document.xml")).as("LibreOffice drops the tags")
                .doesNotContain("irm:" + FollowUpFixture.field(item, ItemIds.STATUS));
        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(taken.message()).contains("0 findings");
        FollowUpStatus status = fixture.register().recommendations().history(item.id()).get(0);
        assertThat(status.status()).isEqualTo("in-progress");
        assertThat(status.measures()).isEqualTo("A bill was tabled in Parliament.");
        assertThat(status.steps()).hasSize(5);
        assertThat(status.steps()).extracting(s -> List.of(s.step(), s.agency(), s.targetText(), s.status()))
                .containsExactly(
                        List.of("Draft the amendment", "Ministry of Justice", "2027-03-31", "implemented"),
                        List.of("Adopt the amendment", "Parliament", "2027-06-30", "in-progress"),
                        List.of("Publish awards online", "Public Procurement Authority", "2027-12-31", "not-started"),
                        List.of("Train officers", "Public Procurement Authority", "2028-03-31", "not-started"),
                        List.of("Evaluate the reform", "Ministry of Finance", "2028-12-31", "not-started"));
    }

    /** Runs src/test/resources/libreoffice/followup_form.py on one file, bounded in time, with its own profile. */
    private static void fillInLibreOffice(Path in, Path out, List<Map<String, Object>> edits,
                                          List<Map<String, Object>> tables) throws Exception {
        Path work = Files.createTempDirectory("lo-followup-");
        for (String script : List.of("followup_form.py", "content_controls.py", "uno_office.py")) {
            try (InputStream source = FollowUpFormLibreOfficeIT.class.getResourceAsStream("/libreoffice/" + script)) {
                Files.copy(source, work.resolve(script));
            }
        }
        Files.createDirectories(out.getParent());
        Path input = Files.copy(in, work.resolve(in.getFileName()));
        Path job = work.resolve("job.json");
        new ObjectMapper().writeValue(job.toFile(), Map.of("in", input.toString(), "out", out.toAbsolutePath().toString(),
                "edits", edits, "tables", tables));
        Path log = work.resolve("log.txt");
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Process process = new ProcessBuilder(python, work.resolve("followup_form.py").toString(),
                work.resolve("profile").toString(), job.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("LibreOffice took more than 300 s to fill " + in);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
            fail("LibreOffice could not fill the follow-up form (exit " + process.exitValue() + "; needs Debian's"
                    + " python3-uno): " + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
