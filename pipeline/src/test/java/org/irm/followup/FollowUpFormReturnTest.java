package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.demo.ChecklistFiller;
import org.irm.docx.DocxReader;
import org.irm.register.FollowUpItem;
import org.irm.register.FollowUpStatus;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.docx.RefusalReason;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up form goes out for Kenya's open items, comes back filled through the desk like a
 * checklist, updates the tracker, and the action plan is written from it (.docx and .xlsx).
 */
class FollowUpFormReturnTest {

    static final Instant RETURNED = Instant.parse("2027-09-01T08:00:00Z");

    @TempDir
    Path home;

    FollowUpFixture fixture;
    List<FollowUpItem> items;

    @BeforeEach
    void kenyasReportIsTracked() throws Exception {
        fixture = new FollowUpFixture(home);
        fixture.kenyaReportDrafted();
        items = new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK).trackState("KEN").items();
        fixture.register().recommendations().assign(items.get(0).id(), "Public Procurement Authority", "sec",
                FollowUpFixture.DRAFTED);
    }

    @Test
    void aFilledFormDroppedInKenyasFolderUpdatesTheTrackerAndThePlan() throws Exception {
        FollowUpForms.Written form = fixture.form(Language.EN, null, Set.of());
        FollowUpItem item = items.get(0);
        assertThat(form.itemIds()).containsExactlyElementsOf(items.stream().map(FollowUpItem::id).toList());
        Map<FieldId, String> answers = new LinkedHashMap<>();
        answers.put(FollowUpFixture.field(item, ItemIds.STATUS), "in-progress");
        answers.put(FollowUpFixture.field(item, ItemIds.MEASURES), "A bill was tabled in Parliament.\nIt is in second reading.");
        answers.put(FollowUpFixture.field(item, ItemIds.EVIDENCE), "Bill No. 12 of 2027");
        answers.put(FollowUpFixture.field(item, ItemIds.TA), "Training of procurement officers");
        Path controls = home.resolve("filled").resolve("controls.docx");
        Files.createDirectories(controls.getParent());
        new ChecklistFiller().fill(form.file(), answers, controls);
        // Five steps: more than the form's blank rows, so the table grows as it does when a State adds rows.
        Path filled = FollowUpFixture.fillPlan(controls, FollowUpFixture.planBookmark(item), List.of(
                List.of("Draft the amendment", "Ministry of Justice", "2027-03-31", "Implemented"),
                List.of("Adopt the amendment", "Parliament", "2027-06-30", "in progress"),
                List.of("Publish awards online", "Public Procurement Authority", "2027-12-31", "not started"),
                List.of("Train officers", "Public Procurement Authority", "2028-03-31", "Not started"),
                List.of("Evaluate", "Ministry of Finance", "", "")), home.resolve("filled").resolve("kenya-followup.docx"));

        Acknowledgement taken = fixture.drop(filled, "KEN", RETURNED);
        Acknowledgement again = fixture.drop(FollowUpFixture.copyTo(filled, home.resolve("again")), "KEN",
                RETURNED.plusSeconds(3600));

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(taken.message()).contains("version 1").contains(items.size() + " items").contains("0 findings");
        assertThat(again.disposition()).isEqualTo(Disposition.DUPLICATE);
        String receipt = Files.readString(taken.filesWritten().get(0), StandardCharsets.UTF_8);
        assertThat(receipt).contains("Follow-up received: KEN, version 1").contains("kenya-followup.docx");
        List<FollowUpStatus> history = fixture.register().recommendations().history(item.id());
        assertThat(history).hasSize(1);
        FollowUpStatus status = history.get(0);
        assertThat(status.status()).isEqualTo("in-progress");
        assertThat(status.measures()).isEqualTo("A bill was tabled in Parliament.\nIt is in second reading.");
        assertThat(status.evidence()).isEqualTo("Bill No. 12 of 2027");
        assertThat(status.taNeeded()).isEqualTo("Training of procurement officers");
        assertThat(status.sourceName()).isEqualTo("kenya-followup.docx");
        assertThat(status.sourceSha256()).isEqualTo(taken.sha256());
        assertThat(status.reportedBy()).isEqualTo("KEN");
        assertThat(status.steps()).extracting(s -> s.step() + "|" + s.agency() + "|" + s.targetText() + "|" + s.status())
                .containsExactly("Draft the amendment|Ministry of Justice|2027-03-31|implemented",
                        "Adopt the amendment|Parliament|2027-06-30|in-progress",
                        "Publish awards online|Public Procurement Authority|2027-12-31|not-started",
                        "Train officers|Public Procurement Authority|2028-03-31|not-started",
                        "Evaluate|Ministry of Finance||");

        Tracker.View view = new Tracker(fixture.register().recommendations()).view("KEN", LocalDate.of(2027, 9, 15));
        Tracker.Row row = view.states().get(0).rows().stream().filter(r -> r.item().id().equals(item.id())).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo("in-progress");
        assertThat(row.overdueSteps()).as("adoption due 2027-06-30, in progress on 2027-09-15").isEqualTo(1);
        assertThat(view.totals().byStatus().get("in-progress")).isEqualTo(1);
        assertThat(TrackerReports.json(view)).contains("\"overdueSteps\" : 1").contains("\"in-progress\" : 1");

        ActionPlans.Written plan = new ActionPlans(new Tracker(fixture.register().recommendations()),
                FollowUpLabels.load(TemplateSource.bundled()), Checklists.stateNames(), TemplateSource.bundled())
                .write("KEN", Language.EN, LocalDate.of(2027, 9, 15), home.resolve("plans"));
        List<List<String>> rows = xlsxRows(plan.xlsx());
        assertThat(rows.get(0)).containsExactlyElementsOf(ActionPlans.COLUMNS);
        List<String> steps = rows.stream().filter(r -> r.get(0).equals(item.id()) && r.size() > 8)
                .map(r -> r.get(8) + "|" + r.get(9) + "|" + r.get(10) + "|" + r.get(11) + "|" + (r.size() > 12 ? r.get(12) : ""))
                .toList();
        assertThat(steps).containsExactly("Draft the amendment|Ministry of Justice|31 March 2027|implemented|",
                "Adopt the amendment|Parliament|30 June 2027|in-progress|overdue",
                "Publish awards online|Public Procurement Authority|31 December 2027|not-started|",
                "Train officers|Public Procurement Authority|31 March 2028|not-started|",
                "Evaluate|Ministry of Finance|||");
        String planText = String.join("\n", new DocxReader().read(plan.docx()).contentControls().stream()
                .map(c -> c.text()).toList()) + FollowUpFixture.part(plan.docx(), "word/document.xml");
        assertThat(planText).contains("Adopt the amendment").containsPattern("30 June 2027</w:t>((?!</w:tc>).)*>overdue</w:t>")
                .contains("Public Procurement Authority").contains("Overdue steps: 1");
    }

    @Test
    void theNextFormIsPreFilledWithTheLastUpdateAndAnInvalidOneIsAnsweredWithFindings() throws Exception {
        FollowUpItem item = items.get(0);
        Path first = FollowUpFixture.fillPlan(fillControls(fixture.form(Language.FR, null, Set.of()).file(), item,
                        "partially-implemented", "Loi adoptée."), FollowUpFixture.planBookmark(item),
                List.of(List.of("Adopter la loi", "Parlement", "2027-06-30", "Mise en œuvre")), home.resolve("first.docx"));
        assertThat(fixture.drop(first, "KEN", RETURNED).disposition()).isEqualTo(Disposition.REGISTERED);

        FollowUpForms.Written next = fixture.form(Language.FR, null, Set.of());
        Path bad = FollowUpFixture.fillPlan(next.file(), FollowUpFixture.planBookmark(item), List.of(
                List.of("Adopter la loi", "Parlement", "2027-06-30", "Mise en œuvre"),
                List.of("Publier", "Autorité", "fin 2027", "bientôt")), home.resolve("second.docx"));
        Acknowledgement answered = fixture.drop(bad, "KEN", RETURNED.plusSeconds(86_400));

        String document = FollowUpFixture.part(next.file(), "word/document.xml");
        assertThat(document).contains("Loi adoptée.").contains("Adopter la loi").contains("Partiellement mise en œuvre");
        assertThat(answered.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(answered.message()).contains("2 findings");
        assertThat(answered.reply().body()).contains("la date cible « fin 2027 » n'est pas une date")
                .contains("l'état « bientôt »");
        assertThat(answered.filesWritten()).anySatisfy(f -> assertThat(f.getFileName().toString()).endsWith("-to-fix.docx"));
        Path annotated = answered.filesWritten().stream().filter(f -> f.toString().endsWith("-to-fix.docx")).findFirst().orElseThrow();
        assertThat(new DocxReader().read(annotated).comments()).isNotEmpty();
        List<FollowUpStatus> history = fixture.register().recommendations().history(item.id());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).measures()).as("pre-filled and returned unchanged").isEqualTo("Loi adoptée.");
        assertThat(history.get(1).steps().get(1).targetDate()).isNull();
        assertThat(history.get(1).steps().get(1).targetText()).isEqualTo("fin 2027");
        assertThat(history.get(1).steps().get(1).status()).as("kept as written").isEqualTo("bientôt");
    }

    @Test
    void aFormForKenyaFromAnotherStatesFolderAnUnknownSenderOrWithAnAlteredIdentityIsRefusedAndRecordsNothing() throws Exception {
        FollowUpForms.Written form = fixture.form(Language.EN, null, Set.of());
        Path filled = fillControls(form.file(), items.get(0), "implemented", "Done.");

        Acknowledgement refused = fixture.drop(filled, "UGA", RETURNED);

        assertThat(refused.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(refused.reasonCode()).isEqualTo(RefusalReason.FOREIGN_STATE.code());
        assertThat(refused.message()).contains("Kenya (KEN)").contains("Uganda");
        assertThat(fixture.register().recommendations().returnBySha256(refused.sha256())).isEmpty();

        Acknowledgement mailed = fixture.desk().take(new Arrival(filled, "form.docx", SubmissionSource.MAIL,
                "someone@example.org", null, RETURNED.plusSeconds(60)));
        assertThat(mailed.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(mailed.reasonCode()).isEqualTo(RefusalReason.UNKNOWN_SENDER.code());

        Path altered = Zips.edit(filled, "docProps/custom.xml", xml -> xml.replace(">KEN<", ">UGA<"),
                home.resolve("altered.docx"));
        Acknowledgement forged = fixture.drop(altered, "UGA", RETURNED.plusSeconds(120));
        assertThat(forged.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(forged.reasonCode()).isEqualTo(RefusalReason.BAD_SEAL.code());
        assertThat(fixture.register().recommendations().history(items.get(0).id())).isEmpty();
    }

    @Test
    void aFormCanBeNarrowedToOneAgencysItemsAndItemsReportedImplementedLeaveTheNextForm() throws Exception {
        FollowUpForms.Written agencyForm = fixture.form(Language.EN, "Public Procurement Authority", Set.of());
        assertThat(agencyForm.itemIds()).containsExactly(items.get(0).id());
        assertThat(agencyForm.file().getFileName().toString()).contains("public-procurement-authority");

        Path done = fillControls(agencyForm.file(), items.get(0), "implemented", "Done.");
        assertThat(fixture.drop(done, "KEN", RETURNED).disposition()).isEqualTo(Disposition.REGISTERED);

        assertThat(fixture.form(Language.EN, null, Set.of()).itemIds()).doesNotContain(items.get(0).id())
                .hasSize(items.size() - 1);
    }

    private Path fillControls(Path form, FollowUpItem item, String status, String measures) throws Exception {
        Path filled = home.resolve("filled-" + System.nanoTime()).resolve("form.docx");
        Files.createDirectories(filled.getParent());
        new ChecklistFiller().fill(form, Map.of(FollowUpFixture.field(item, ItemIds.STATUS), status,
                FollowUpFixture.field(item, ItemIds.MEASURES), measures), filled);
        return filled;
    }

    static List<List<String>> xlsxRows(Path xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
