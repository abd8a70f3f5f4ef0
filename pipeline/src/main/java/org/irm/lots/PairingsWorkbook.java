package org.irm.lots;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pairings as an Excel workbook: a header row in plain words, one row per State under review
 * in the drawn order (its reviewing States and their codes, additional reviewers, redraws as a
 * number, each deadline as a date cell shown "6 March 2027"), the header frozen, filters on it and
 * the columns sized to their content.
 */
public final class PairingsWorkbook {

    /** How the deadline cells show their dates, as United Nations documents write them in English. */
    static final String DATE_FORMAT = "d mmmm yyyy";

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
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
            int r = 1;
            for (PairingRows.Row row : PairingRows.of(result, roster, labels::role)) {
                Row line = sheet.createRow(r++);
                List<String> values = new ArrayList<>(List.of(row.name(), row.iso3(), row.group(), row.firstName(),
                        row.firstIso3(), row.secondName(), row.secondIso3(), row.additional()));
                for (int c = 0; c < values.size(); c++) {
                    line.createCell(c).setCellValue(values.get(c));
                }
                line.createCell(values.size(), CellType.NUMERIC).setCellValue(row.redraws());
                int c = values.size() + 1;
                for (LocalDate due : deadlines.values()) {
                    Cell cell = line.createCell(c++, CellType.NUMERIC);
                    cell.setCellValue(due);
                    cell.setCellStyle(date);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
            for (int c = 0; c < header.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
        }
    }

    private List<String> header(DrawResult result, Map<String, LocalDate> deadlines) {
        String second = labels.role(result.policy().secondBox() == DrawPolicy.SecondBox.GLOBAL ? Role.GLOBAL : Role.OTHER_GROUP);
        List<String> header = new ArrayList<>(List.of(labels.text("column.underReview"),
                labels.text("column.underReview.code"), labels.text("column.group"), labels.text("column.sameGroup"),
                labels.text("column.sameGroup.code"), labels.text("column.second", second),
                labels.text("column.second.code", second), labels.text("column.additional"), labels.text("column.redraws")));
        deadlines.keySet().forEach(m -> header.add(labels.text("column.deadline", labels.milestone(m))));
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
