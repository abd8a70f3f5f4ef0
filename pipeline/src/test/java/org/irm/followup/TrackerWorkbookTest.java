package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReportRecords;
import org.irm.register.ReviewStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker and the action plan as the secretariat reads them: {@code irm followup status --xlsx}
 * opens (read back with POI) with a row per State and provision and the totals across States, and
 * {@code irm followup plan} counts a step overdue from the day after its target date, unless done.
 */
class TrackerWorkbookTest {

    @TempDir
    Path home;

    @Test
    void theTrackerWorkbookHasARowPerStateAndProvisionAndTheTotalsAcrossStates() throws Exception {
        FollowUpOnTheCommandLine kenya = FollowUpOnTheCommandLine.reported(home);
        ugandasTwoRecommendationsAreTracked(kenya);
        Path xlsx = home.resolve("reports/tracker.xlsx");

        assertThat(kenya.ok("followup", "status", "--xlsx", xlsx.toString(), "--date", "2027-09-01"))
                .contains("2 States, 5 items");

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Map<String, Map<String, String>> tracker = rows(workbook.getSheet("tracker"), 2);
            assertThat(tracker.keySet()).containsExactly("KEN|", "KEN|uncac.5.1", "KEN|uncac.9.1", "UGA|", "UGA|uncac.15.1",
                    "total|");
            assertThat(tracker.get("KEN|")).containsEntry("itemCount", "3").containsEntry("in-progress", "1")
                    .containsEntry("not-reported", "2").containsEntry("overdueSteps", "1");
            assertThat(tracker.get("KEN|uncac.5.1")).containsEntry("itemCount", "2").containsEntry("overdueSteps", "1");
            assertThat(tracker.get("UGA|")).containsEntry("itemCount", "2").containsEntry("not-reported", "2")
                    .containsEntry("overdueSteps", "0").containsEntry("lastUpdate", "");
            assertThat(tracker.get("total|")).containsEntry("itemCount", "5").containsEntry("in-progress", "1")
                    .containsEntry("not-reported", "4").containsEntry("implemented", "0").containsEntry("overdueSteps", "1");
            assertThat(tracker.get("total|").get("lastUpdate")).isEqualTo(tracker.get("KEN|").get("lastUpdate")).isNotEmpty();
            Map<String, Map<String, String>> items = rows(workbook.getSheet("items"), 1);
            assertThat(items.keySet()).containsExactlyInAnyOrder(FollowUpOnTheCommandLine.FIRST, FollowUpOnTheCommandLine.SECOND,
                    FollowUpOnTheCommandLine.PRACTICE, "uncac-2-UGA/R-15.1-01", "uncac-2-UGA/R-15.1-02");
            assertThat(items.get(FollowUpOnTheCommandLine.FIRST)).containsEntry("status", "in-progress")
                    .containsEntry("steps", "2").containsEntry("overdueSteps", "1")
                    .containsEntry("agencies", FollowUpOnTheCommandLine.AGENCY);
        }
    }

    @Test
    void thePlanCountsAStepOverdueFromTheDayAfterItsTargetUnlessItIsDone() throws Exception {
        FollowUpOnTheCommandLine kenya = FollowUpOnTheCommandLine.reported(home);

        assertThat(kenya.ok("followup", "plan", "--state", "KEN", "--date", "2027-08-01")).contains("0 overdue steps");
        assertThat(kenya.ok("followup", "plan", "--state", "KEN", "--date", "2027-08-02")).contains("1 overdue steps");
        String later = kenya.ok("followup", "plan", "--state", "KEN", "--date", "2028-07-01");
        assertThat(later).contains("2 overdue steps");
        try (InputStream in = Files.newInputStream(FollowUpOnTheCommandLine.written(later, ".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> overdue = new ArrayList<>();
            for (Map<String, String> row : rows(workbook.getSheetAt(0), 1, "step").values()) {
                overdue.add(row.get("stepText") + "|" + row.get("overdue"));
            }
            assertThat(overdue).contains(FollowUpOnTheCommandLine.OVERDUE_STEP + "|overdue",
                    FollowUpOnTheCommandLine.LATER_STEP + "|overdue");
        }
    }

    /** Uganda's review with two recommendations under article 15, tracked, nothing reported. */
    private static void ugandasTwoRecommendationsAreTracked(FollowUpOnTheCommandLine irm) {
        try (Register register = irm.register()) {
            register.reviews().create(NewReview.of("UGA", "uncac", 2, Language.EN, ReviewStage.DRAFT_REPORT, List.of(),
                    List.of(), null, Instant.parse("2027-01-05T10:00:00Z")));
            register.reportRecords().syncDrawn("uncac-2-UGA", List.of(
                    new ReportRecords.Drawn("uncac.15.1/recommendation/1", "uncac.15.1", "recommendation", null,
                            "Criminalize active bribery of officials in all cases.", Language.EN, "KEN", "notes"),
                    new ReportRecords.Drawn("uncac.15.1/recommendation/2", "uncac.15.1", "recommendation", null,
                            "Keep statistics of bribery cases.", Language.EN, "KEN", "notes")),
                    Instant.parse("2027-07-01T09:00:00Z"));
        }
        irm.ok("followup", "track", "--state", "UGA");
    }

    /** A sheet's rows by key (the first {@code keyColumns} cells joined by |), each as column name to text. */
    private static Map<String, Map<String, String>> rows(Sheet sheet, int keyColumns) {
        return rows(sheet, keyColumns, null);
    }

    /** As above; with {@code keyColumn}, rows are keyed by the row number and that column must not be empty. */
    private static Map<String, Map<String, String>> rows(Sheet sheet, int keyColumns, String keyColumn) {
        DataFormatter text = new DataFormatter();
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(text.formatCellValue(cell)));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                Cell cell = row.getCell(c);
                values.put(header.get(c), cell == null ? "" : text.formatCellValue(cell));
            }
            if (keyColumn != null) {
                if (!values.get(keyColumn).isEmpty()) {
                    rows.put(Integer.toString(r), values);
                }
                continue;
            }
            List<String> key = new ArrayList<>();
            for (int c = 0; c < keyColumns; c++) {
                key.add(values.get(header.get(c)));
            }
            rows.put(String.join("|", key), values);
        }
        return rows;
    }
}
