package org.irm.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.register.Register;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.Registers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm analysis needs|ta-needs|outcomes} as a user runs them. */
class AnalysisCommandTest {

    @TempDir
    Path home;

    IrmCommandLine irm;

    @BeforeEach
    void twoCompletedReviews() {
        try (Register register = Registers.under(home)) {
            FewNeeds.fill(register);
        }
        irm = IrmCommandLine.in(home);
    }

    @Test
    void needsAreExportedAndABadCodeIsRefusedWithItsRowAndExitCode2() throws Exception {
        assertThat(irm.run("analysis", "needs", "--export", home.resolve("coding.xlsx").toString())).isZero();
        assertThat(irm.out()).contains("3 needs of the completed cycle-2 reviews written to");
        assertThat(irm.run("analysis", "needs", "--export", home.resolve("coding.xlsx").toString())).isNotZero();
        assertThat(irm.err()).contains("exists: give a new file name");

        try (InputStream in = Files.newInputStream(home.resolve("coding.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(home.resolve("bad.xlsx"))) {
            workbook.getSheetAt(0).getRow(2).createCell(CodingWorkbook.CATEGORY).setCellValue("Legal help");
            workbook.write(out);
        }
        assertThat(irm.run("analysis", "needs", "--import", home.resolve("bad.xlsx").toString(), "--by", "A. Coder")).isEqualTo(2);
        assertThat(irm.err()).contains("bad.xlsx refused, nothing recorded (1 problems):",
                "sheet 'Needs', row 3: 'Legal help' is not a category");

        irm.clearOutput();
        assertThat(irm.run("analysis", "needs", "--import", home.resolve("coding.xlsx").toString(), "--by", "A. Coder")).isZero();
        assertThat(irm.out()).contains("coding.xlsx: 1 codings recorded by A. Coder, 1 rows unchanged, 1 rows not coded");
    }

    @Test
    void taNeedsAndOutcomesWriteTheirThreeFiles() throws Exception {
        assertThat(irm.run("analysis", "ta-needs", "--as-of", "2020-11-16", "--as-of", "2021-09-16", "--out",
                home.resolve("out").toString())).isZero();
        assertThat(irm.out()).contains("2 completed reviews, 2 States with needs, 3 needs (2 not yet coded)");
        assertThat(irm.run("analysis", "outcomes", "--out", home.resolve("out").toString(), "--language", "fr")).isZero();
        assertThat(irm.out()).contains("2 completed reviews, 1 recommendations, 1 good practices");
        try (Stream<Path> files = Files.list(home.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).hasSize(6)
                    .contains("ta-needs-uncac-cycle2-2021-09-16-en.xlsx", "ta-needs-uncac-cycle2-2021-09-16-en.docx",
                            "ta-needs-uncac-cycle2-2021-09-16-en.json");
        }
        // Every chart 16 cm wide on the page (5,760,000 EMU; half as high): once 1,000 times that, an empty page in LibreOffice.
        String note;
        try (ZipFile docx = new ZipFile(home.resolve("out/ta-needs-uncac-cycle2-2021-09-16-en.docx").toFile())) {
            note = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> extents = Pattern.compile("<wp:extent cx=\"(\\d+)\"").matcher(note).results().map(m -> m.group(1)).toList();
        assertThat(extents).isNotEmpty().allSatisfy(cx -> assertThat(Long.parseLong(cx)).isBetween(5_750_000L, 5_770_000L));
        JsonNode outcomes = new ObjectMapper().readTree(Files.list(home.resolve("out"))
                .filter(p -> p.getFileName().toString().matches("outcomes-.*-fr\\.json")).findFirst().orElseThrow().toFile());
        assertThat(outcomes.get("title").asText()).isEqualTo("Résultats des examens de pays");
        assertThat(outcomes.get("figures").get("implementation").get(6).get("recommendations").asInt())
                .as("not tracked").isEqualTo(1);
        assertThat(irm.run("analysis", "ta-needs", "--as-of", "16/09/2021", "--out", home.resolve("out").toString())).isNotZero();
        assertThat(irm.err()).contains("--as-of").contains("'16/09/2021' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31");
    }
}
