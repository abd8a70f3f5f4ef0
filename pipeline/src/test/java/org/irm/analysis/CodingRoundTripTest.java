package org.irm.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.register.NeedCoding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coding round trip of issue 15 on the acceptance data set: the workbook is exported with every need,
 * codes are changed in it (here with POI; {@code CodingLibreOfficeIT} does it in Calc), it is imported, and
 * the analysis changes accordingly; a workbook with a bad code is refused whole, naming its sheet and row.
 */
class CodingRoundTripTest {

    @TempDir
    static Path home;

    static AcceptanceRegister data;

    @BeforeAll
    static void fillTheRegister() throws Exception {
        data = new AcceptanceRegister(home.resolve("irm"));
    }

    @AfterAll
    static void closeTheRegister() {
        data.close();
    }

    @Test
    void theWorkbookHasOneRowPerNeedWithDropDownsAndTheRegistersCoding() throws Exception {
        Path file = data.desk.exportCoding(home.resolve("export-1.xlsx"), Language.EN).file();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Needs");
            assertThat(sheet.getLastRowNum()).isEqualTo(455);
            List<String> header = cells(sheet.getRow(0));
            assertThat(header.subList(0, 12)).containsExactly("Need", "Review", "State", "State name", "Regional group",
                    "Chapter", "Article", "Provision", "Need as stated", "Language", "Category", "Subcategory");
            assertThat(header.subList(12, 15)).containsExactly("Development or use of technological tools", "Training", "Coding");
            assertThat(sheet.getDataValidations()).hasSize(5);
            List<String> first = cells(sheet.getRow(1));
            assertThat(first.get(14)).isEqualTo("confirmed");
            assertThat(first.get(15)).isEqualTo("irm");
        }
    }

    @Test
    void aCodeChangedInTheWorkbookChangesTheAnalysis() throws Exception {
        TaNeedsFigures before = data.desk.taNeeds(SecondCycleNeedsDataSet.AS_OF, Language.EN);
        Path file = data.desk.exportCoding(home.resolve("export-2.xlsx"), Language.EN).file();
        Path coded = home.resolve("coded.xlsx");
        String needId;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = firstRow(workbook.getSheetAt(0), "Capacity-building", "9");
            needId = row.getCell(0).getStringCellValue();
            row.getCell(CodingWorkbook.CATEGORY).setCellValue("Legislative assistance");
            row.getCell(CodingWorkbook.SUBCATEGORY).setCellValue("");
            try (OutputStream out = Files.newOutputStream(coded)) {
                workbook.write(out);
            }
        }

        CodingImport.Result result = data.desk.importCoding(coded, "A. Coder");

        assertThat(result.refused()).isEmpty();
        assertThat(result.recorded()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(454);
        TaNeedsFigures after = data.desk.taNeeds(SecondCycleNeedsDataSet.AS_OF, Language.EN);
        assertThat(after.category("capacity-building").needs()).isEqualTo(before.category("capacity-building").needs() - 1);
        assertThat(after.category("legislative-assistance").needs())
                .isEqualTo(before.category("legislative-assistance").needs() + 1);
        assertThat(after.group("art-9").categories().get(1).needs())
                .isEqualTo(before.group("art-9").categories().get(1).needs() + 1);
        String reviewId = needId.substring(0, needId.indexOf('|'));
        List<NeedCoding> history = data.register.needCodings().history(reviewId, needId.substring(needId.indexOf('|') + 1));
        assertThat(history).hasSize(2);
        NeedCoding latest = history.get(1);
        assertThat(latest.category()).isEqualTo("legislative-assistance");
        assertThat(latest.subcategory()).isNull();
        assertThat(latest.codedBy()).isEqualTo("A. Coder");
        assertThat(latest.confirmed()).isTrue();
        assertThat(latest.sourceName()).isEqualTo("coded.xlsx");
        assertThat(latest.codedAt()).isEqualTo(AcceptanceRegister.NOW);

        // Put back, so the other tests of this class see the note's figures.
        try (InputStream in = Files.newInputStream(coded); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = rowOf(workbook.getSheetAt(0), needId);
            row.getCell(CodingWorkbook.CATEGORY).setCellValue("Capacity-building");
            row.getCell(CodingWorkbook.SUBCATEGORY).setCellValue("(h) Public procurement, accounting and auditing");
            try (OutputStream out = Files.newOutputStream(home.resolve("back.xlsx"))) {
                workbook.write(out);
            }
        }
        assertThat(data.desk.importCoding(home.resolve("back.xlsx"), "A. Coder").recorded()).isEqualTo(1);
        assertThat(data.desk.taNeeds(SecondCycleNeedsDataSet.AS_OF, Language.EN).category("capacity-building").needs())
                .isEqualTo(223);
    }

    @Test
    void aBadCodeIsRefusedWithItsSheetAndRowAndNothingIsRecorded() throws Exception {
        Path file = data.desk.exportCoding(home.resolve("export-3.xlsx"), Language.EN).file();
        Path bad = home.resolve("bad.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(4).getCell(CodingWorkbook.CATEGORY).setCellValue("Capacity buildin");
            sheet.getRow(6).getCell(CodingWorkbook.CATEGORY).setCellValue("Other categories");
            sheet.getRow(6).getCell(CodingWorkbook.SUBCATEGORY).setCellValue("(b) Mutual legal assistance");
            try (OutputStream out = Files.newOutputStream(bad)) {
                workbook.write(out);
            }
        }
        int decisions = data.register.needCodings().all().size();

        CodingImport.Result result = data.desk.importCoding(bad, "A. Coder");

        assertThat(result.accepted()).isFalse();
        assertThat(result.refused()).extracting(Object::toString).containsExactly(
                "sheet 'Needs', row 5: 'Capacity buildin' is not a category: choose one of Capacity-building, "
                        + "Legislative assistance, Institution-building, Other categories",
                "sheet 'Needs', row 7: the subcategory '(b) Mutual legal assistance' belongs to Capacity-building, "
                        + "not to Other categories");
        assertThat(data.register.needCodings().all()).hasSize(decisions);
    }

    static Row firstRow(Sheet sheet, String category, String article) {
        DataFormatter shown = new DataFormatter();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && shown.formatCellValue(row.getCell(CodingWorkbook.CATEGORY)).equals(category)
                    && shown.formatCellValue(row.getCell(6)).equals(article)) {
                return row;
            }
        }
        throw new AssertionError("no " + category + " need on article " + article);
    }

    static Row rowOf(Sheet sheet, String needId) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(needId)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + needId);
    }

    private static List<String> cells(Row row) {
        DataFormatter shown = new DataFormatter();
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(shown.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}
