package org.irm.lots;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pairings as an Excel workbook: a header row, one row per State under review in the drawn
 * order (its reviewing States, additional reviewers, redraws, deadlines), the header frozen and
 * the columns sized to their content.
 */
public final class PairingsWorkbook {

    private final RecordLabels labels;

    public PairingsWorkbook(RecordLabels labels) {
        this.labels = labels;
    }

    /** Writes the workbook to {@code file}, replacing it. */
    public void write(DrawResult result, PartyRoster roster, Path file) throws IOException {
        Map<String, LocalDate> deadlines = ReviewScheduler.deadlines(result.policy(), result.request().drawDate());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(labels.text("sheet.pairings"));
            List<String> header = header(result, deadlines);
            Row top = sheet.createRow(0);
            CellStyle bold = boldStyle(workbook);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
                top.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (PairingRows.Row row : PairingRows.of(result, roster)) {
                Row line = sheet.createRow(r++);
                List<String> values = new ArrayList<>(List.of(row.name(), row.iso3(), row.group(), row.firstName(),
                        row.firstIso3(), row.secondName(), row.secondIso3(), row.additional()));
                for (int c = 0; c < values.size(); c++) {
                    line.createCell(c).setCellValue(values.get(c));
                }
                line.createCell(values.size()).setCellValue(row.redraws());
                int c = values.size() + 1;
                for (LocalDate due : deadlines.values()) {
                    line.createCell(c++).setCellValue(due.toString());
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
        }
    }

    private List<String> header(DrawResult result, Map<String, LocalDate> deadlines) {
        Role second = result.policy().secondBox() == DrawPolicy.SecondBox.GLOBAL ? Role.GLOBAL : Role.OTHER_GROUP;
        List<String> header = new ArrayList<>(List.of(labels.text("column.underReview"), labels.text("column.iso3"),
                labels.text("column.group"), labels.text("column.sameGroup"), labels.text("column.iso3"),
                labels.text("column.second", second.words()), labels.text("column.iso3"),
                labels.text("column.additional"), labels.text("column.redraws")));
        deadlines.keySet().forEach(m -> header.add(labels.text("column.deadline", m)));
        return header;
    }

    private static CellStyle boldStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
