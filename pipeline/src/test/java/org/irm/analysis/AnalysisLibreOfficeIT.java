package org.irm.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's acceptance in real LibreOffice: the analysis workbook opens in Calc with its charts (rendered
 * to PDF and then to pixels: the chart's coloured bars are on the pages of the sheets that have one, and on
 * none of the first sheet's, which has none); the note converts to PDF with the tables' numbers in its text;
 * a coding workbook coded in Calc comes back through the import and changes the analysis. Skipped, saying
 * so, where LibreOffice Calc is not installed (.ci/run installs it).
 */
class AnalysisLibreOfficeIT {

    @TempDir
    static Path home;

    static AcceptanceRegister data;
    static AnalysisOutputs.Written written;

    @BeforeAll
    static void analyseTheGeneratedCycle() throws Exception {
        assumeTrue(LibreOffice.available() && Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so")),
                "LibreOffice Calc (soffice with Debian's libreoffice-calc) is not installed: .ci/run installs it");
        data = new AcceptanceRegister(home.resolve("irm"));
        written = data.desk.writeTaNeeds(home.resolve("out"), SecondCycleNeedsDataSet.AS_OF, Language.EN).files();
    }

    @AfterAll
    static void closeTheRegister() {
        if (data != null) {
            data.close();
        }
    }

    @Test
    void theWorkbookOpensInCalcWithItsCharts() throws Exception {
        Path pdf = LibreOffice.toPdf(written.xlsx(), home.resolve("xlsx-pdf"));
        List<Integer> coloured = colouredPixelsPerPage(pdf, home.resolve("xlsx-png"));
        assertThat(coloured.get(0)).as("the first sheet, States and needs, has no chart: %s", coloured).isLessThan(20);
        assertThat(coloured.stream().filter(pixels -> pixels > 200).count()).as("pages with a chart's bars: %s", coloured)
                .isGreaterThanOrEqualTo(8);
        String text = LibreOffice.pdfText(pdf);
        assertThat(text).contains("Capacity-building", "223", "49%", "Needs by category");
    }

    @Test
    void theNoteConvertsToPdfWithTheTablesNumbersAndItsCharts() throws Exception {
        Path pdf = LibreOffice.toPdf(written.docx(), home.resolve("docx-pdf"));
        String text = LibreOffice.pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Technical assistance needs identified in the country reviews",
                "rounded to the nearest whole per cent");
        // Each table row as one line: the reading-order text may put a header's words between a row's cells.
        List<String> rows = LibreOffice.pdfLayoutText(pdf).lines().map(line -> line.strip().replaceAll("\\s+", " ")).toList();
        assertThat(rows).contains("Capacity-building 223 49% 37 130 93", "Legislative assistance 74 16% 20 37 37",
                "Institution-building 57 13% 19 43 14");
        assertThat(rows).as("the row of 2021-09-16: States, States with needs, needs, then per chapter")
                .anyMatch(row -> row.startsWith("2021-09-16 57 39 455 "));
        List<Integer> coloured = colouredPixelsPerPage(pdf, home.resolve("docx-png"));
        assertThat(coloured.stream().filter(pixels -> pixels > 200).count()).as("pages with a chart's image: %s", coloured)
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aWorkbookCodedInCalcComesBackAndChangesTheAnalysis() throws Exception {
        TaNeedsFigures before = data.desk.taNeeds(SecondCycleNeedsDataSet.AS_OF, Language.EN);
        Path exported = data.desk.exportCoding(home.resolve("coding.xlsx"), Language.EN).file();
        int row;
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row found = CodingRoundTripTest.firstRow(workbook.getSheetAt(0), "Other categories", "14");
            row = found.getRowNum();
        }
        Path coded = home.resolve("calc").resolve("coding-coded.xlsx");
        editInCalc(exported, coded, List.of(
                Map.of("sheet", 0, "row", row, "column", CodingWorkbook.CATEGORY, "text", "Institution-building"),
                Map.of("sheet", 0, "row", row, "column", CodingWorkbook.FIRST_TAG + 1, "text", "yes")));
        try (InputStream in = Files.newInputStream(coded); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getDataValidations()).as("Calc kept the drop-downs").isNotEmpty();
        }

        CodingImport.Result result = data.desk.importCoding(coded, "Calc coder");

        assertThat(result.refused()).isEmpty();
        assertThat(result.recorded()).isEqualTo(1);
        TaNeedsFigures after = data.desk.taNeeds(SecondCycleNeedsDataSet.AS_OF, Language.EN);
        assertThat(after.category("institution-building").needs()).isEqualTo(before.category("institution-building").needs() + 1);
        assertThat(after.category("other").needs()).isEqualTo(before.category("other").needs() - 1);
        assertThat(after.tag("training").needs()).isEqualTo(before.tag("training").needs() + 1);
    }

    /** Renders each page at 50 dpi (poppler's pdftoppm) and counts its saturated pixels: bars, not black text. */
    private static List<Integer> colouredPixelsPerPage(Path pdf, Path folder) throws Exception {
        Files.createDirectories(folder);
        Process process = new ProcessBuilder("pdftoppm", "-r", "50", "-png", pdf.toString(), folder.resolve("page").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            fail("pdftoppm could not render " + pdf + " (install poppler-utils)");
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        List<Integer> counts = new ArrayList<>();
        for (Path page : pages) {
            BufferedImage image = ImageIO.read(page.toFile());
            int coloured = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                        coloured++;
                    }
                }
            }
            counts.add(coloured);
        }
        return counts;
    }

    /** Runs src/test/resources/libreoffice/calc_cells.py: Calc through UNO, its own profile, bounded in time. */
    private static void editInCalc(Path in, Path out, List<Map<String, Object>> cells) throws Exception {
        Path work = Files.createTempDirectory("lo-calc-");
        for (String script : List.of("calc_cells.py", "uno_office.py")) {
            try (InputStream source = AnalysisLibreOfficeIT.class.getResourceAsStream("/libreoffice/" + script)) {
                Files.copy(source, work.resolve(script));
            }
        }
        Files.createDirectories(out.getParent());
        Path input = Files.copy(in, work.resolve(in.getFileName()));
        Path job = work.resolve("job.json");
        new ObjectMapper().writeValue(job.toFile(), Map.of("in", input.toString(), "out", out.toAbsolutePath().toString(),
                "cells", cells));
        Path log = work.resolve("log.txt");
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Process process = new ProcessBuilder(python, work.resolve("calc_cells.py").toString(), work.resolve("profile").toString(),
                job.toString()).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("LibreOffice took more than 300 s to code " + in);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
            fail("LibreOffice Calc could not code the workbook (exit " + process.exitValue() + "; needs Debian's python3-uno"
                    + " and libreoffice-calc): " + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
