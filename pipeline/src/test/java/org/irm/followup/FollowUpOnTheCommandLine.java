package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.demo.ChecklistFiller;
import org.irm.register.FollowUpItem;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReportRecords;
import org.irm.register.ReviewStage;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.IrmCommandLine;

/**
 * Kenya's follow-up as the secretariat runs it with {@code irm}: a review whose report holds two
 * recommendations (5.1) and a good practice (9.1), tracked, the first assigned to an agency, its
 * English form issued and returned filled with two action-plan steps, one due on 2027-08-01 and one
 * on 2028-06-30 (so on 2027-09-01 the first is overdue and the second is not).
 */
final class FollowUpOnTheCommandLine {

    static final String FIRST = "uncac-2-KEN/R-5.1-01";
    static final String SECOND = "uncac-2-KEN/R-5.1-02";
    static final String PRACTICE = "uncac-2-KEN/G-9.1-01";
    static final String AGENCY = "Ethics and Anti-Corruption Commission";
    static final String OVERDUE_STEP = "Draft the strategy";
    static final String LATER_STEP = "Evaluate the strategy";

    final IrmCommandLine irm;
    final Path home;

    private FollowUpOnTheCommandLine(Path home) {
        this.home = home;
        this.irm = IrmCommandLine.in(home, "irm.secret.key=" + new String(Checklists.KEY, StandardCharsets.UTF_8));
    }

    /** Kenya's items tracked, nothing reported yet. */
    static FollowUpOnTheCommandLine tracked(Path home) {
        FollowUpOnTheCommandLine kenya = new FollowUpOnTheCommandLine(home);
        try (Register register = kenya.register()) {
            register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DRAFT_REPORT, List.of(),
                    List.of(), null, Instant.parse("2027-01-05T10:00:00Z")));
            register.reportRecords().syncDrawn("uncac-2-KEN", List.of(
                    new ReportRecords.Drawn("uncac.5.1/recommendation/1", "uncac.5.1", "recommendation", null,
                            "Adopt an anti-corruption strategy.", Language.EN, "UGA", "notes"),
                    new ReportRecords.Drawn("uncac.5.1/recommendation/2", "uncac.5.1", "recommendation", null,
                            "Evaluate the strategy every two years.", Language.EN, "UGA", "notes"),
                    new ReportRecords.Drawn("uncac.9.1/goodPractice/1", "uncac.9.1", "goodPractice", null,
                            "Open tendering online.", Language.EN, "FRA", "notes")),
                    Instant.parse("2027-07-01T09:00:00Z"));
        }
        kenya.ok("followup", "track", "--state", "KEN");
        kenya.ok("followup", "assign", "--item", FIRST, "--agency", AGENCY);
        return kenya;
    }

    /** Kenya's items tracked and its first recommendation reported in progress with two steps. */
    static FollowUpOnTheCommandLine reported(Path home) throws Exception {
        FollowUpOnTheCommandLine kenya = tracked(home);
        Path outbox = home.resolve("watch-folders/outbox/KEN");
        kenya.ok("followup", "form", "--state", "KEN", "--language", "en");
        Path form = IrmCommandLine.onlyDocx(outbox);
        FollowUpItem first;
        try (Register register = kenya.register()) {
            first = register.recommendations().item(FIRST).orElseThrow();
        }
        Path returned = Files.createDirectories(home.resolve("returned"));
        Path planned = FollowUpFixture.fillPlan(form, FollowUpFixture.planBookmark(first), List.of(
                List.of(OVERDUE_STEP, AGENCY, "2027-08-01", "In progress"),
                List.of(LATER_STEP, "Ministry of Justice", "2028-06-30", "Not started")), returned.resolve("planned.docx"));
        Path filled = returned.resolve("followup-KEN-filled.docx");
        new ChecklistFiller().fill(planned, Map.of(
                FollowUpFixture.field(first, ItemIds.STATUS), "in-progress",
                FollowUpFixture.field(first, ItemIds.MEASURES), "A drafting committee was set up."), filled);
        Files.delete(planned);
        kenya.ok("ingest", filled.toString(), "--state", "KEN");
        return kenya;
    }

    Register register() {
        return Register.open(IrmConfig.of(Map.of("irm.home", home.toString())));
    }

    /** Runs irm and expects it to succeed; returns what it printed. */
    String ok(String... args) {
        irm.clearOutput();
        assertThat(irm.run(args)).as("irm %s: %s", String.join(" ", args), irm.err()).isZero();
        return irm.out();
    }

    /** The one file irm printed it wrote with this extension (the last one when several). */
    static Path written(String printed, String extension) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(/\\S+" + java.util.regex.Pattern.quote(extension) + ")")
                .matcher(printed);
        Path found = null;
        while (m.find()) {
            found = Path.of(m.group(1));
        }
        assertThat(found).as("a %s in: %s", extension, printed).isNotNull();
        return found;
    }
}
