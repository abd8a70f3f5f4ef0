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
        new DrawRecordDocument(RecordLabels.from(Fixtures.templates())).write(result, states, "record.json", file);

        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(file.toFile());
        String text = TextUtils.getText(pkg.getMainDocumentPart().getJaxbElement());

        assertThat(text).contains("Published seed: outputs").contains("shared border dispute");
        for (Pairing p : result.pairings()) {
            assertThat(text).contains("(" + p.reviewer() + ")");
        }
    }
}
