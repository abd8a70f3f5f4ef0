package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.register.FollowUpItem;
import org.irm.register.FollowUpStep;
import org.irm.demo.ChecklistFiller;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The follow-up form and the action plan name the State and write dates as the document's language
 * does (issue 17.1), read back from the generated .docx and .xlsx; a date pre-filled in the form's
 * language reads back as the date it was.
 */
class FollowUpDocumentsInTheirLanguageTest {

    static final Instant RETURNED = Instant.parse("2027-09-01T08:00:00Z");

    @TempDir
    Path home;

    FollowUpFixture fixture;
    FollowUpItem item;

    @BeforeEach
    void kenyaReportedAStepDueOn30June2027() throws Exception {
        fixture = new FollowUpFixture(home);
        fixture.kenyaReportDrafted();
        item = new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK).trackState("KEN").items().get(0);
        Path controls = home.resolve("controls.docx");
        new ChecklistFiller().fill(fixture.form(Language.EN, null, Set.of()).file(),
                Map.of(FollowUpFixture.field(item, ItemIds.STATUS), "in-progress"), controls);
        Path filled = FollowUpFixture.fillPlan(controls, FollowUpFixture.planBookmark(item),
                List.of(List.of("Adopt the amendment", "Parliament", "2027-06-30", "in progress")), home.resolve("first.docx"));
        assertThat(fixture.drop(filled, "KEN", RETURNED).disposition()).isEqualTo(Disposition.REGISTERED);
    }

    @ParameterizedTest
    @CsvSource({"AR, كينيا (KEN), 1 أيلول/سبتمبر 2027, 30 حزيران/يونيه 2027",
            "ZH, 肯尼亚 (KEN), 2027年9月1日, 2027年6月30日",
            "RU, Кения (KEN), 1 сентября 2027 года, 30 июня 2027 года"})
    void theFormNamesTheStateAndDatesInItsLanguageAndItsPreFilledDateReadsBack(Language language, String state,
                                                                              String reportedOn, String target) throws Exception {
        FollowUpForms.Written form = fixture.form(language, null, Set.of());

        String document = FollowUpFixture.part(form.file(), "word/document.xml");
        String runs = "|" + String.join("|", cells(document)) + "|";
        assertThat(runs).as("the cover, the last report and the plan's step, as the form shows them")
                .contains("|" + state + "|", reportedOn + "|", "|" + target + "|")
                .contains("|" + FollowUpLabels.load(TemplateSource.bundled()).text(language, "language." + language.code()) + "|")
                .doesNotContain("Kenya (KEN)", "|2027-06-30|", "2027-09-01", "|" + language.code() + "|");
        Acknowledgement again = fixture.drop(FollowUpFixture.copyTo(form.file(), home.resolve("again-" + language)), "KEN",
                RETURNED.plusSeconds(86_400));
        assertThat(again.disposition()).as(again.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(again.message()).contains("0 findings");
        List<FollowUpStep> steps = fixture.register().recommendations().history(item.id()).get(1).steps();
        assertThat(steps).extracting(FollowUpStep::targetDate).containsExactly(LocalDate.of(2027, 6, 30));
    }

    @ParameterizedTest
    @CsvSource({"AR, كينيا (KEN), 15 أيلول/سبتمبر 2027, 30 حزيران/يونيه 2027",
            "ZH, 肯尼亚 (KEN), 2027年9月15日, 2027年6月30日"})
    void theActionPlanNamesTheStateAndDatesInItsLanguageInTheDocumentAndTheWorkbook(Language language, String state,
                                                                                 String asOf, String target) throws Exception {
        ActionPlans.Written plan = new ActionPlans(new Tracker(fixture.register().recommendations()),
                FollowUpLabels.load(TemplateSource.bundled()), Checklists.stateNames(), TemplateSource.bundled())
                .write("KEN", language, LocalDate.of(2027, 9, 15), home.resolve("plans"));

        String text = String.join("|", cells(FollowUpFixture.part(plan.docx(), "word/document.xml")));
        assertThat(text).as("the plan's text").contains(state, asOf, target, reportedOn(language))
                .doesNotContain("Kenya", "2027-");
        try (InputStream in = Files.newInputStream(plan.xlsx()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row step = null;
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(0).getStringCellValue().equals(item.id())) {
                    step = row;
                }
            }
            assertThat(step).as("the item's row").isNotNull();
            Cell targetDate = step.getCell(ActionPlans.COLUMNS.indexOf("targetDate"));
            Cell lastUpdate = step.getCell(ActionPlans.COLUMNS.indexOf("lastUpdate"));
            assertThat(DateUtil.isCellDateFormatted(targetDate)).as("a real date, sortable").isTrue();
            assertThat(targetDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(lastUpdate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 9, 1));
            assertThat(targetDate.getCellStyle().getDataFormatString()).as("shown as the language writes dates")
                    .isEqualTo(WorkbookDates.format(language)).contains(language == Language.ZH ? "年" : "mmmm");
        }
    }

    /** The text of each run of a document part, in order. */
    private static List<String> cells(String documentXml) {
        List<String> runs = new java.util.ArrayList<>();
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(documentXml);
        while (text.find()) {
            runs.add(text.group(1));
        }
        return runs;
    }

    private static String reportedOn(Language language) {
        return language == Language.AR ? "1 أيلول/سبتمبر 2027" : "2027年9月1日";
    }
}
