package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record (JSON), the pairings workbook and the Word record reopen and hold the draw. */
class DrawOutputsTest {

    private static StateListRoster states;
    private static DrawInputs inputs;
    private static DrawResult result;

    @BeforeAll
    static void draw() throws Exception {
        states = Fixtures.realStates();
        List<String> under = List.of("NGA", "FRA", "BRA", "IND", "POL", "KEN", "COK");
        inputs = new DrawInputs(states, Fixtures.uncac(), ReviewHistory.none(),
                Fixtures.request(2026, "outputs", under, Set.of("FRA")));
        DrawResult drawn = new LotDrawer().draw(inputs);
        result = new LotDrawer().redraw(drawn, inputs,
                new RedrawRequest("NGA", "NGA", Optional.empty(), "shared border dispute", false));
    }

    @Test
    void theRecordReadsBackAsTheSameDrawAndVerifies(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("record.json");
        DrawRecordJson.write(result, file);

        DrawResult read = DrawRecordJson.read(file);

        assertThat(read).isEqualTo(result);
        assertThat(new DrawVerifier().verify(read, inputs).matches()).isTrue();
    }

    @Test
    void aRecordWithAnEditedPairingDoesNotVerify(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("record.json");
        DrawRecordJson.write(result, file);
        String reviewer = result.pairingsOf("KEN").get(1).reviewer();
        String edited = Files.readString(file).replaceFirst("\"reviewer\": \"" + reviewer + "\"", "\"reviewer\": \"ZZZ\"");
        Files.writeString(file, edited);

        DrawVerifier.Verification check = new DrawVerifier().verify(DrawRecordJson.read(file), inputs);

        assertThat(check.matches()).isFalse();
        assertThat(check.differences()).anySatisfy(d -> assertThat(d).contains("ZZZ"));
    }

    @Test
    void aRecordIsNotVerifiedAgainstAnotherPolicy() throws Exception {
        DrawInputs other = new DrawInputs(states, Fixtures.with(Fixtures.uncac(), "cap.perCycle", "2"),
                ReviewHistory.none(), result.request());

        DrawVerifier.Verification check = new DrawVerifier().verify(result, other);

        assertThat(check.matches()).isFalse();
        assertThat(check.differences()).singleElement().satisfies(d -> assertThat(d).contains("policy digest"));
    }

    @Test
    void theWorkbookHasAHeaderAndOneRowPerStateUnderReview(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pairings.xlsx");
        new PairingsWorkbook(RecordLabels.from(Fixtures.templates())).write(result, states, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("State under review");
            assertThat(sheet.getLastRowNum()).isEqualTo(result.order().size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row first = sheet.getRow(1);
            String u = result.order().get(0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(u);
            assertThat(List.of(first.getCell(4).getStringCellValue(), first.getCell(6).getStringCellValue()))
                    .containsExactlyInAnyOrderElementsOf(result.pairingsOf(u).stream().map(Pairing::reviewer).toList());
        }
    }

    @Test
    void theWordRecordHoldsTheSeedThePairingsAndTheRedrawReason(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("record.docx");
        new DrawRecordDocument(RecordLabels.from(Fixtures.templates()), Fixtures.templates())
                .write(result, states, "record.json", file);

        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(file.toFile());
        String text = TextUtils.getText(pkg.getMainDocumentPart().getJaxbElement());

        assertThat(text).contains("Published seed: outputs").contains("shared border dispute");
        for (Pairing p : result.pairings()) {
            assertThat(text).contains("(" + p.reviewer() + ")");
        }
    }

    @Test
    void theRecordOfAnUntocDrawGivesEachRegionalGroupsCountAgainstItsEvenShareAndTheExceptions(@TempDir Path dir)
            throws Exception {
        DrawPolicy untoc = Fixtures.with(Fixtures.untoc(), "instruments", "untoc");
        DrawResult drawn = new LotDrawer().draw(new DrawInputs(states, untoc, ReviewHistory.none(),
                Fixtures.request(2026, "balance", List.of("NGA", "KEN", "FRA", "NIU"), Set.of())));
        Path file = dir.resolve("record.docx");
        new DrawRecordDocument(RecordLabels.from(Fixtures.templates()), Fixtures.templates())
                .write(drawn, states, "record.json", file);

        String text = TextUtils.getText(WordprocessingMLPackage.load(file.toFile()).getMainDocumentPart().getJaxbElement());

        // 54 African parties to the Convention over three review years: 18 a year; 2 is an exception.
        assertThat(text).contains("States under review this year by regional group")
                .contains("African States: 2, outside the even share of a year (")
                .contains("In no regional group, so outside the balance: NIU.")
                .contains("spread across the regional groups as evenly as possible");
    }

    @Test
    void theWorkbookHeadsItsColumnsInPlainWordsAndHoldsRealDatesAndNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pairings.xlsx");
        new PairingsWorkbook(RecordLabels.from(Fixtures.templates())).write(result, states, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).doesNotHaveDuplicates()
                    .contains("Code of the State under review", "Reviewing State (all States parties)",
                            "Focal point appointment due", "Desk review due", "Executive summary due")
                    .noneMatch(h -> h.matches(".*([a-z][A-Z]|\\.).*") || h.contains("same-group") || h.contains("Due:"));
            int redraws = header.indexOf("Redraws");
            int deskReview = header.indexOf("Desk review due");
            Row nigeria = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("NGA")) {
                    nigeria = row;
                }
            }
            assertThat(nigeria).as("Nigeria's row").isNotNull();
            assertThat(nigeria.getCell(redraws).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(nigeria.getCell(redraws).getNumericCellValue()).isEqualTo(1.0);
            org.apache.poi.ss.usermodel.Cell due = nigeria.getCell(deskReview);
            assertThat(due.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(result.request().drawDate().plusMonths(3));
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.UK).formatCellValue(due))
                    .isEqualTo("1 September 2026");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as("filters on the header").isTrue();
        }
    }

    @Test
    void theWordRecordIsInTheHouseStyleWithPlainWordsNumberedPagesAndWholeRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("record.docx");
        new DrawRecordDocument(RecordLabels.from(Fixtures.templates()), Fixtures.templates())
                .write(result, states, "record.json", file);

        assertThat(org.irm.testsupport.WordOpenable.problems(file)).as("what Word would repair").isEmpty();
        org.irm.testsupport.WordText word = org.irm.testsupport.WordText.of(file);
        assertThat(word.paragraphs("Title")).containsExactly(
                "Drawing of lots for the review of implementation of the United Nations Convention against Corruption");
        assertThat(word.paragraphs("IrmCover")).contains("Date of the draw: 1 June 2026", "Published seed: outputs");
        assertThat(word.count("word/styles.xml", "//w:style[@w:styleId='IrmCover']")).as("the house styles").isEqualTo(1);
        String text = String.join("\n", word.paragraphs());
        assertThat(text).contains("Every reviewing State is a party to the United Nations Convention against Corruption.")
                .contains("one drawn from all States parties")
                .contains("No two States review each other in the same review cycle.")
                .contains("shared border dispute");
        for (String key : List.of("same-group", "global box", "uncac", "legalSystem", "true", "false", "cycle.years")) {
            assertThat(text).as("policy key %s", key).doesNotContain(key);
        }
        assertThat(word.count("word/footer.xml", "//w:instrText[normalize-space(.)='PAGE']")).isEqualTo(1);
        assertThat(word.count("word/footer.xml", "//w:instrText[normalize-space(.)='NUMPAGES']")).isEqualTo(1);
        assertThat(word.count("word/document.xml", "//w:sectPr/w:footerReference")).isEqualTo(1);
        assertThat(word.count("word/document.xml", "//w:tr")).isEqualTo(result.order().size() + 1);
        assertThat(word.count("word/document.xml", "//w:tr[not(w:trPr/w:cantSplit)]")).isZero();
        assertThat(word.count("word/document.xml", "//w:tr[1]/w:trPr/w:tblHeader")).isEqualTo(1);
    }
}
