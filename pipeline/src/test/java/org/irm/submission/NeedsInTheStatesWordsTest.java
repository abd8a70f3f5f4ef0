package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Needs;
import org.irm.catalogue.StateList;
import org.irm.checklist.ChecklistRequest;
import org.irm.checklist.ChecklistWriter;
import org.irm.config.TemplateSource;
import org.irm.followup.FinalReportTracking;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.report.RegisterReportInputs;
import org.irm.report.ReportKind;
import org.irm.report.ReportRenderer;
import org.irm.report.ReportService;
import org.irm.report.Translator;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 1: a State states its technical-assistance needs per provision in its own words, as
 * many as it has, each with an optional priority, in a generated cycle-2 checklist filled as Word
 * stores it; the return is taken by the desk, each need registered as answers of its own, and the
 * report draws each need as a taNeed block of its own, which the follow-up tracks as an item of its own.
 * Rows are read back from the register's tables, as the analysis reads them.
 */
class NeedsInTheStatesWordsTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");
    private static final FieldId P91 = FieldId.of("uncac.9.1", "taNeeds");
    private static final FieldId P91A = FieldId.of("uncac.9.1.a", "taNeeds");
    private static final FieldId P92 = FieldId.of("uncac.9.2", "taNeeds");
    private static final FieldId P93 = FieldId.of("uncac.9.3", "taNeeds");

    @TempDir
    Path home;

    @Test
    void needsWrittenInTheTableAreRegisteredOneByOneAndEachBecomesAReportBlockAndATrackedItem() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        Checklists.Written issued = fixture.checklist("KEN", Language.EN, null);
        Map<FieldId, String> answers = DeskFixture.complete(issued.manifest());
        // uncac.9.1: three needs, the second row left empty between them (ignored); uncac.9.2: one;
        // uncac.9.1.a: five (more than the table's blank rows: two rows are added); uncac.9.3: none.
        need(answers, P91, 1, "Training of procurement officers in detecting bid rigging.", "High");
        need(answers, P91, 2, "", "");
        need(answers, P91, 3, "An e-procurement platform with open data on awards.", "");
        need(answers, P91, 4, "Model legislation on conflicts of interest in procurement.", "low");
        need(answers, P92, 1, "Software for the audit office.", "Medium");
        for (int n = 1; n <= 5; n++) {
            need(answers, P91A, n, "Need number " + n + " of paragraph 1 (a).", "");
        }
        register(fixture);

        Acknowledgement taken = fixture.desk().take(DeskFixture.dropped(fixture.fill(issued, answers, "kenya.docx")));

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(taken.message()).contains("0 findings");
        Map<String, String> rows = answerRows(1);
        assertThat(rows).containsEntry("uncac.9.1/taNeeds", "3")
                .containsEntry("uncac.9.1/taNeeds#need-1", "Training of procurement officers in detecting bid rigging.")
                .containsEntry("uncac.9.1/taNeeds#need-1-priority", "high")
                .containsEntry("uncac.9.1/taNeeds#need-2", "An e-procurement platform with open data on awards.")
                .containsEntry("uncac.9.1/taNeeds#need-3", "Model legislation on conflicts of interest in procurement.")
                .containsEntry("uncac.9.1/taNeeds#need-3-priority", "low")
                .containsEntry("uncac.9.2/taNeeds", "1")
                .containsEntry("uncac.9.2/taNeeds#need-1-priority", "medium")
                .containsEntry("uncac.9.1.a/taNeeds", "5")
                .containsEntry("uncac.9.1.a/taNeeds#need-5", "Need number 5 of paragraph 1 (a).")
                // Blank answers are not stored (issue 20): a need without a priority, a provision without needs.
                .doesNotContainKey("uncac.9.1/taNeeds#need-2-priority")
                .doesNotContainKey("uncac.9.3/taNeeds")
                .doesNotContainKey("uncac.9.1/taNeeds#need-4")
                .doesNotContainKey("uncac.9.3/taNeeds#need-1");

        byte[] report = reportService(fixture).draft("KEN", ReportKind.REPORT, Language.EN).bytes();

        List<List<String>> blocks = query("SELECT b.block_key, b.provision_id, b.category, b.priority, v.block_text, "
                + "v.text_language FROM report_block b JOIN report_block_version v ON v.review_id = b.review_id "
                + "AND v.block_key = b.block_key WHERE b.kind = 'taNeed' ORDER BY b.block_key");
        assertThat(blocks).hasSize(3 + 1 + 5);
        assertThat(blocks).contains(
                List.of("uncac.9.1/taNeed/1", "uncac.9.1", "null", "high",
                        "Training of procurement officers in detecting bid rigging.", "en"),
                List.of("uncac.9.1/taNeed/2", "uncac.9.1", "null", "null",
                        "An e-procurement platform with open data on awards.", "en"),
                List.of("uncac.9.1/taNeed/3", "uncac.9.1", "null", "low",
                        "Model legislation on conflicts of interest in procurement.", "en"),
                List.of("uncac.9.2/taNeed/1", "uncac.9.2", "null", "medium", "Software for the audit office.", "en"));
        String document = part(report, "word/document.xml");
        assertThat(document).contains("An e-procurement platform with open data on awards.", "Priority: High",
                "Need number 5 of paragraph 1 (a).");

        new FinalReportTracking(fixture.register(), Clock.fixed(AT, ZoneOffset.UTC)).trackState("KEN");

        List<List<String>> items = query("SELECT i.block_key, i.kind, i.priority, t.item_text FROM followup_item i "
                + "JOIN followup_item_text t ON t.item_id = i.id WHERE i.kind = 'taNeed' ORDER BY i.block_key");
        assertThat(items).hasSize(9).contains(
                List.of("uncac.9.1/taNeed/1", "taNeed", "high", "Training of procurement officers in detecting bid rigging."),
                List.of("uncac.9.2/taNeed/1", "taNeed", "medium", "Software for the audit office."));
    }

    @Test
    void aPriorityThatIsNoneOfTheThreeIsReportedOnItsNeedInTheStatesLanguageAndAnEmptyDescriptionToo() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        Checklists.Written issued = fixture.checklist("SEN", Language.FR, null);
        Map<FieldId, String> answers = DeskFixture.complete(issued.manifest());
        need(answers, P91, 1, "Formation des enquêteurs financiers.", "Élevée");
        need(answers, P91, 2, "Un registre des bénéficiaires effectifs.", "urgente");
        need(answers, P92, 1, "", "Faible");

        Acknowledgement taken = fixture.desk().take(DeskFixture.dropped(fixture.fill(issued, answers, "senegal.docx")));

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(taken.message()).contains("2 findings");
        Map<String, String> rows = answerRows(1);
        assertThat(rows).containsEntry("uncac.9.1/taNeeds#need-1-priority", "high")
                .containsEntry("uncac.9.1/taNeeds#need-2-priority", "urgente");
        assertThat(query("SELECT field_id, code, arguments FROM finding ORDER BY field_id")).containsExactly(
                List.of("uncac.9.1/taNeeds#need-2-priority", "needPriority", "2\u001furgente"),
                List.of("uncac.9.2/taNeeds#need-1", "needWithoutText", "1"));
        String receipt = Files.readString(taken.filesWritten().get(0), StandardCharsets.UTF_8);
        assertThat(receipt).contains("Besoin 2 : la priorité « urgente » n'est ni Élevée, ni Moyenne, ni Faible.")
                .contains("Le besoin 1 a une priorité mais aucune description")
                .contains("décrivez chaque besoin dans vos propres termes");
        Path annotated = taken.reply().attachments().get(0);
        InspectionReport copy = new DocumentInspector(Checklists.SEAL).inspect(annotated).report().orElseThrow();
        assertThat(copy.comments()).extracting(InspectionReport.CommentItem::fieldId)
                .containsExactlyInAnyOrder("uncac.9.1/taNeeds", "uncac.9.2/taNeeds");
        assertThat(copy.comments()).anySatisfy(c -> assertThat(c.text()).contains("« urgente »"));
    }

    @Test
    void aLaterReturnThatStatesFewerNeedsWithdrawsTheOthersFromTheReport() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        Checklists.Written issued = fixture.checklist("KEN", Language.EN, null);
        register(fixture);
        Map<FieldId, String> first = DeskFixture.complete(issued.manifest());
        need(first, P91, 1, "Training of judges.", "high");
        need(first, P91, 2, "Case-management software.", "low");
        need(first, P91, 3, "A study of sentencing.", "");
        fixture.desk().take(DeskFixture.dropped(fixture.fill(issued, first, "kenya.docx")));
        reportService(fixture).draft("KEN", ReportKind.REPORT, Language.EN);
        Map<FieldId, String> second = DeskFixture.complete(issued.manifest());
        need(second, P91, 1, "Training of judges and prosecutors.", "medium");

        Acknowledgement taken = fixture.desk().take(DeskFixture.dropped(fixture.fill(issued, second, "kenya-v2.docx")));
        byte[] report = reportService(fixture).draft("KEN", ReportKind.REPORT, Language.EN).bytes();

        assertThat(taken.message()).contains("version 2");
        assertThat(answerRows(2)).containsEntry("uncac.9.1/taNeeds", "1").doesNotContainKey("uncac.9.1/taNeeds#need-2");
        assertThat(query("SELECT b.block_key, b.priority, v.version, v.block_text FROM report_block b JOIN report_block_version v "
                + "ON v.review_id = b.review_id AND v.block_key = b.block_key WHERE b.kind = 'taNeed' ORDER BY b.block_key, v.version"))
                .containsExactly(
                        List.of("uncac.9.1/taNeed/1", "medium", "1", "Training of judges."),
                        List.of("uncac.9.1/taNeed/1", "medium", "2", "Training of judges and prosecutors."),
                        List.of("uncac.9.1/taNeed/2", "low", "1", "Case-management software."),
                        List.of("uncac.9.1/taNeed/2", "low", "2", ""),
                        List.of("uncac.9.1/taNeed/3", "null", "1", "A study of sentencing."),
                        List.of("uncac.9.1/taNeed/3", "null", "2", ""));
        String document = part(report, "word/document.xml");
        assertThat(document).contains("Training of judges and prosecutors.").doesNotContain("Case-management software.");
    }

    /**
     * A return made with the checklist of catalogue 2.0.0, which asked for forms of assistance as check
     * boxes and a description, still registers without findings, and its ticked forms are drawn as the
     * first cycle's are (one block per form, with the description).
     */
    @Test
    void aReturnOfTheCheckBoxChecklistOfCatalogueTwoPointZeroStillRegistersAndItsFormsOfAssistanceReachTheReport()
            throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        register(fixture);
        Checklists.Written issued = oldChecklist("KEN");
        assertThat(issued.manifest().identity().catalogueVersion()).isEqualTo("2.0.0");
        Map<FieldId, String> answers = DeskFixture.complete(issued.manifest());
        answers.put(FieldId.parse("uncac.9.1/taNeeds#legal-advice"), "true");
        answers.put(FieldId.parse("uncac.9.1/taDescription"), "Advice on the amendment of the Procurement Act.");

        Acknowledgement taken = fixture.desk().take(DeskFixture.dropped(fixture.fill(issued, answers, "kenya-old.docx")));
        reportService(fixture).draft("KEN", ReportKind.REPORT, Language.EN);

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(taken.message()).contains("0 findings");
        assertThat(answerRows(1)).containsEntry("uncac.9.1/taNeeds#legal-advice", "true");
        assertThat(query("SELECT b.block_key, b.category, v.block_text FROM report_block b JOIN report_block_version v "
                + "ON v.review_id = b.review_id AND v.block_key = b.block_key WHERE b.kind = 'taNeed'"))
                .containsExactly(List.of("uncac.9.1/taNeed/legal-advice", "legal-advice",
                        "Advice on the amendment of the Procurement Act."));
    }

    // --- helpers ---

    private static void need(Map<FieldId, String> answers, FieldId question, int number, String text, String priority) {
        answers.put(Needs.description(question, number), text);
        answers.put(Needs.priority(question, number), priority);
    }

    private static void register(DeskFixture fixture) {
        fixture.register().reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DRAFT_REPORT,
                List.of(), List.of(), null, AT));
    }

    private static ReportService reportService(DeskFixture fixture) throws Exception {
        Register register = fixture.register();
        return new ReportService(Checklists.cycle2(), Checklists.labels(),
                new ReportRenderer(TemplateSource.bundled(), Checklists.labels()),
                new RegisterReportInputs(register, StateList.load(TemplateSource.bundled())), register, Translator.NONE,
                new ReportService.Options("CAC/COSP/IRG/II/1/1/Add.x", 1000), Checklists.SEAL, Clock.fixed(AT, ZoneOffset.UTC));
    }

    /** The cycle-2 checklist as catalogue 2.0.0 wrote it: forms of assistance as check boxes, and their description. */
    private Checklists.Written oldChecklist(String state) throws Exception {
        Path overrides = Files.createDirectories(home.resolve("old-templates").resolve("catalogue"));
        String current;
        try (TemplateSource.Template template = TemplateSource.bundled().open(CatalogueLoader.path("uncac", 2))) {
            current = new String(template.stream().readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = current.indexOf("      <!--\n        Second cycle: the State states");
        int end = current.indexOf("      </question>", current.indexOf("kind=\"NEEDS\"")) + "      </question>\n".length();
        String old = current.substring(0, start) + """
                      <question id="taNeeds" kind="CODES" codeList="ta-needs">
                        <allowedValues codeList="ta-needs"/>
                      </question>
                      <question id="taDescription" kind="LONG_TEXT">
                        <requiredWhen question="taNeeds" condition="any-of" values="other"/>
                        <maxWords limit="2000"/>
                      </question>
                """ + current.substring(end);
        Files.writeString(overrides.resolve("uncac-cycle2.xml"), old.replace("version=\"2.1.0\"", "version=\"2.0.0\""));
        Catalogue catalogue = new CatalogueLoader(TemplateSource.withOverrides(overrides.getParent())).load("uncac", 2);
        ChecklistRequest template = Checklists.request(state, Language.EN, java.util.Set.of(9), null, Map.of());
        ChecklistRequest request = new ChecklistRequest(UUID.randomUUID(), template.reviewId(), state, template.stateName(),
                Language.EN, template.cycleLabel(), template.deadline(), null, java.util.Set.of(9), Map.of(), Map.of(),
                template.issuedAt());
        Path file = home.resolve("issued").resolve(request.checklistId() + ".docx");
        Files.createDirectories(file.getParent());
        try (var out = Files.newOutputStream(file)) {
            return new Checklists.Written(file, new ChecklistWriter(catalogue, Checklists.labels(), Checklists.SEAL,
                    TemplateSource.bundled()).write(request, out));
        }
    }

    /** The answer rows of the accepted return of this version, by field id. */
    private Map<String, String> answerRows(int version) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (List<String> row : query("SELECT a.field_id, a.answer_value FROM answer a JOIN submission s ON s.id = a.submission_id "
                + "WHERE s.version = " + version + " ORDER BY a.field_id")) {
            rows.put(row.get(0), row.get(1));
        }
        return rows;
    }

    private List<List<String>> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet result = select.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(String.valueOf(result.getString(c)));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String part(byte[] docx, String name) throws Exception {
        Path file = Files.createTempFile("report", ".docx");
        try {
            Files.write(file, docx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
