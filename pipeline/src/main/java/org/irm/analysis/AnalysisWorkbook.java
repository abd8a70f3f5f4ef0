package org.irm.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;

/**
 * Writes an analysis's tables as an .xlsx: one sheet per table (numbered, titled), counts as numbers,
 * shares as numbers formatted as whole percentages, and beside each table that has one a native
 * clustered column chart (POI's XDDF) drawn from the sheet's own cells, so it follows any edit.
 * The last sheet states the rounding.
 */
public final class AnalysisWorkbook {

    private static final int CHART_COLUMNS = 10;
    private static final int CHART_ROWS = 22;
    /** The series' colours, as the note's chart images have them. */
    private static final byte[][] SERIES_COLOURS = {{0x1F, 0x38, 0x64}, {0x44, 0x72, (byte) 0xC4}, {(byte) 0xED, 0x7D, 0x31},
        {(byte) 0xA5, (byte) 0xA5, (byte) 0xA5}, {(byte) 0xFF, (byte) 0xC0, 0x00}};

    /** Writes the tables to the stream (not closed). */
    public void write(String title, List<String> notes, List<AnalysisTable> tables, Language language, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            int number = 0;
            for (AnalysisTable table : tables) {
                number++;
                XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName(number, table)));
                sheet.setRightToLeft(language.rightToLeft());
                fill(sheet, table, styles);
                // One page wide, landscape: the chart prints beside its table, not on a page of its own.
                sheet.getPrintSetup().setLandscape(true);
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                if (table.chart() != null && !table.rows().isEmpty()) {
                    chart(sheet, table);
                }
            }
            XSSFSheet about = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    (number + 1) + " " + (notes.isEmpty() ? "" : "Notes")));
            about.setRightToLeft(language.rightToLeft());
            Cell heading = about.createRow(0).createCell(0);
            heading.setCellValue(title);
            heading.setCellStyle(styles.header);
            for (int i = 0; i < notes.size(); i++) {
                about.createRow(i + 2).createCell(0).setCellValue(notes.get(i));
            }
            about.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }

    /** The sheet of table n: "n Title", cut to Excel's 31 characters (the number keeps it unique). */
    static String sheetName(int number, AnalysisTable table) {
        String name = number + " " + table.title();
        return name.length() <= 31 ? name : name.substring(0, 31);
    }

    private static void fill(XSSFSheet sheet, AnalysisTable table, Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                Object value = values.get(c);
                if (value instanceof Share share) {
                    cell.setCellValue(share.fraction());
                    cell.setCellStyle(styles.share);
                } else if (value instanceof Number count) {
                    cell.setCellValue(count.doubleValue());
                    cell.setCellStyle(styles.count);
                } else {
                    cell.setCellValue(value == null ? "" : value.toString());
                }
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            int widest = table.columns().get(c).header().length();
            for (List<Object> values : table.rows()) {
                widest = Math.max(widest, String.valueOf(values.get(c)).length());
            }
            sheet.setColumnWidth(c, Math.min(60, Math.max(8, widest + 2)) * 256);
        }
        sheet.createFreezePane(1, 1);
    }

    private static void chart(XSSFSheet sheet, AnalysisTable table) {
        int first = table.columns().size() + 1;
        int rows = table.rows().size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, first, 1, first + CHART_COLUMNS, 1 + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(table.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        int categoryColumn = table.chart().categoryColumn();
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, rows, categoryColumn, categoryColumn));
        for (int column : table.chart().seriesColumns()) {
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, rows, column, column));
            XDDFChartData.Series series = data.addSeries(names, numbers);
            series.setTitle(table.columns().get(column).header(), new CellReference(sheet.getSheetName(), 0, column, true, true));
            // An explicit fill: without one LibreOffice Calc draws the bars with none (axes and legend, no bars).
            byte[] rgb = SERIES_COLOURS[(data.getSeriesCount() - 1) % SERIES_COLOURS.length];
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        }
        chart.plot(data);
    }

    /** The workbook's cell styles, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle count;
        final CellStyle share;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        }
    }
}
