package org.irm.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.register.NeedCoding;
import org.irm.register.Register;
import org.irm.testsupport.Registers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyword rules pre-fill what they recognise, marked suggested; the import tells a suggestion kept from a decision. */
class CodingSuggestionsTest {

    static final Instant NOW = Instant.parse("2021-09-20T09:00:00Z");

    @TempDir
    Path home;

    Register register;
    AnalysisDesk desk;

    @BeforeEach
    void twoCompletedReviews() throws Exception {
        register = Registers.under(home);
        FewNeeds.fill(register);
        desk = new AnalysisDesk(register, TemplateSource.bundled(), new CatalogueLoader(TemplateSource.bundled()).load("uncac", 2),
                StateList.load(TemplateSource.bundled()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void theRulesSuggestCategorySubcategoryAndTagsFromTheWording() {
        AnalysisLabels labels = AnalysisLabels.load(TemplateSource.bundled());
        KeywordRules rules = KeywordRules.load(TemplateSource.bundled(), CategoryScheme.load(TemplateSource.bundled(), labels));
        assertThat(rules.suggest(FewNeeds.DRAFTING_NEED)).contains(new Codes("legislative-assistance", null, List.of()));
        assertThat(rules.suggest(FewNeeds.TRAINING_NEED))
                .contains(new Codes("capacity-building", "h", List.of("technological-tools", "training")));
        assertThat(rules.suggest("Formation des magistrats")).contains(new Codes("other", null, List.of("training")));
        assertThat(rules.suggest("Equipment for the courts.")).isEmpty();
    }

    @Test
    void onlyTheCompletedReviewsNeedsAreExportedTheUncodedOnesAsSuggested() throws Exception {
        Path file = desk.exportCoding(home.resolve("coding.xlsx"), Language.EN).file();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            Row drafting = CodingRoundTripTest.rowOf(workbook.getSheetAt(0), "uncac-2-KEN|uncac.8.5/taNeed/1");
            DataFormatter shown = new DataFormatter();
            assertThat(shown.formatCellValue(drafting.getCell(CodingWorkbook.CATEGORY))).isEqualTo("Legislative assistance");
            assertThat(shown.formatCellValue(drafting.getCell(14))).isEqualTo("suggested");
            Row coded = CodingRoundTripTest.rowOf(workbook.getSheetAt(0), "uncac-2-KEN|uncac.9.1/taNeed/1");
            assertThat(shown.formatCellValue(coded.getCell(14))).isEqualTo("confirmed");
            assertThat(shown.formatCellValue(coded.getCell(15))).isEqualTo("secretariat");
            Row french = CodingRoundTripTest.rowOf(workbook.getSheetAt(0), "uncac-2-FRA|uncac.58/taNeed/1");
            assertThat(shown.formatCellValue(french.getCell(4))).isEqualTo("Western European and other States");
            assertThat(shown.formatCellValue(french.getCell(5))).isEqualTo("V");
            assertThat(shown.formatCellValue(french.getCell(9))).isEqualTo("fr");
        }
    }

    @Test
    void aSuggestionLeftAsItIsStaysSuggestedAChangedOneIsConfirmed() throws Exception {
        Path file = desk.exportCoding(home.resolve("coding.xlsx"), Language.EN).file();
        Path coded = home.resolve("coded.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row french = CodingRoundTripTest.rowOf(workbook.getSheetAt(0), "uncac-2-FRA|uncac.58/taNeed/1");
            french.createCell(CodingWorkbook.CATEGORY).setCellValue("Autres catégories");
            try (OutputStream out = Files.newOutputStream(coded)) {
                workbook.write(out);
            }
        }

        CodingImport.Result result = desk.importCoding(coded, "A. Coder");

        assertThat(result.recorded()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        NeedCoding drafting = register.needCodings().history("uncac-2-KEN", "uncac.8.5/taNeed/1").get(0);
        assertThat(drafting.category()).isEqualTo("legislative-assistance");
        assertThat(drafting.confirmed()).isFalse();
        NeedCoding french = register.needCodings().history("uncac-2-FRA", "uncac.58/taNeed/1").get(0);
        assertThat(french.category()).isEqualTo("other");
        assertThat(french.confirmed()).isTrue();
        TaNeedsFigures figures = desk.taNeeds(List.of(NOW.atZone(ZoneOffset.UTC).toLocalDate()), Language.EN);
        assertThat(figures.summary().needs()).isEqualTo(3);
        assertThat(figures.summary().notCoded()).isZero();
        assertThat(figures.summary().suggestedOnly()).isEqualTo(1);
    }
}
