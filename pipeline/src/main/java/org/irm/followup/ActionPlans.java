package org.irm.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateNames;
import org.irm.config.TemplateSource;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter;
import org.irm.docx.Paragraphs;
import org.irm.docx.WordXml;
import org.irm.folders.OutputFolder;

/**
 * A State's action plan from the tracker, ready to attach to a report to the Implementation Review
 * Group: per item its text, agencies and status, and the steps of its latest report with their
 * agencies, target dates and statuses, overdue steps marked. Written twice, as a Word document and
 * as a workbook (one row per step) with the same columns in every language. Never overwrites a file.
 */
public final class ActionPlans {

    /** The workbook's columns, in order (the header row holds these, so a reader can rely on them). */
    public static final List<String> COLUMNS = List.of("item", "kind", "provision", "text", "agencies", "itemStatus",
            "lastUpdate", "step", "stepText", "stepAgency", "targetDate", "stepStatus", "overdue");

    private final Tracker tracker;
    private final FollowUpLabels labels;
    private final StateNames names;
    private final TemplateSource templates;

    /** The plan names the State as its language does ({@code names}: the States list's, in six languages). */
    public ActionPlans(Tracker tracker, FollowUpLabels labels, StateNames names, TemplateSource templates) {
        this.tracker = tracker;
        this.labels = labels;
        this.names = names;
        this.templates = templates;
    }

    /** The plan written: its Word document and workbook, and the tracker it was made from. */
    public record Written(Path docx, Path xlsx, Tracker.StateView state) { }

    /**
     * Writes the State's plan as of a day into the folder.
     *
     * @throws IllegalArgumentException when the State has no tracked item
     */
    public Written write(String iso3, Language language, LocalDate asOf, Path folder) throws IOException {
        Tracker.View view = tracker.view(iso3, asOf);
        if (view.states().isEmpty()) {
            throw new IllegalArgumentException("No recommendation of " + iso3 + " is tracked yet: track its final report"
                    + " first (irm followup track --state " + iso3 + ").");
        }
        Tracker.StateView state = view.states().get(0);
        OutputFolder outbox = new OutputFolder(folder);
        Path docx = outbox.write("action-plan-" + iso3 + "-" + asOf + "-" + language.code(), ".docx",
                out -> writeDocx(state, names.of(iso3, language), language, asOf, out));
        // The workbook takes the document's name, so the two read as a pair (another free name if taken).
        Path xlsx = outbox.write(docx.getFileName().toString().replaceFirst("\\.docx$", ""), ".xlsx",
                out -> writeXlsx(state, language, out));
        return new Written(docx, xlsx, state);
    }

    private void writeDocx(Tracker.StateView state, String stateName, Language language, LocalDate asOf, OutputStream out)
            throws IOException {
        WordXml xml = new WordXml();
        Paragraphs text = new Paragraphs(xml, language);
        xml.document();
        text.paragraph("Title", labels.text(language, "plan.title"));
        String reviewId = state.rows().isEmpty() ? "" : state.rows().get(0).item().reviewId();
        text.paragraph("Subtitle", labels.text(language, "plan.subtitle", stateName + " (" + state.state() + ")", reviewId));
        text.paragraph("IrmCover", labels.text(language, "plan.asOf", DocumentDates.format(asOf, language)));
        text.paragraph("IrmCover", labels.text(language, "plan.overdueCount", Long.toString(state.summary().overdueSteps())));
        for (Tracker.Row row : state.rows()) {
            String shortId = row.item().id().substring(row.item().id().indexOf('/') + 1);
            text.paragraph("Heading2", labels.text(language, "item.kind." + row.item().kind()) + " " + shortId
                    + " (" + row.item().provisionId() + ")");
            for (String line : row.item().text(language).split("\n")) {
                text.paragraph("IrmHelp", line);
            }
            if (!row.item().agencies().isEmpty()) {
                text.labelled("IrmCover", labels.text(language, "item.agencies"), String.join("; ", row.item().agencies()));
            }
            text.labelled("IrmCover", labels.text(language, "plan.itemStatus"), Tracker.NOT_REPORTED.equals(row.status())
                    ? labels.text(language, "item.lastStatus.none")
                    : labels.text(language, "item.lastStatus.on", labels.status(language, row.status()),
                            day(row.lastUpdate(), language)));
            if (row.steps().isEmpty()) {
                text.paragraph("IrmAnswer", labels.text(language, "plan.noSteps"));
                continue;
            }
            stepsTable(xml, text, language, row.steps());
        }
        text.section();
        String document = xml.end().end().finish();
        PackageWriter.withStyles("the action plan", DocumentStyles.styles(templates, language)).body(document).save(out);
    }

    private void stepsTable(WordXml xml, Paragraphs text, Language language, List<Tracker.Step> steps) {
        int[] widths = {3100, 2000, 2200, 1700};
        xml.table(widths, language.rightToLeft(), false);
        xml.row(true);
        String[] headers = {"plan.step", "plan.agency", "plan.target", "plan.status"};
        for (int i = 0; i < headers.length; i++) {
            cell(xml, text, widths[i], labels.text(language, headers[i]), true, false);
        }
        xml.end();
        for (Tracker.Step step : steps) {
            xml.row(false);
            cell(xml, text, widths[0], step.step().position() + ". " + step.step().step(), false, false);
            cell(xml, text, widths[1], step.step().agency(), false, false);
            String target = step.step().targetDate() != null ? DocumentDates.format(step.step().targetDate(), language)
                    : step.step().targetText();
            if (step.overdue()) {
                // The mark in bold on a line of its own, the date plain: beside the mark, or in bold Arabic digits,
                // LibreOffice broke the date at a hyphen to fit the column.
                overdueCell(xml, text, widths[2], target, labels.text(language, "plan.overdue"));
            } else {
                cell(xml, text, widths[2], target, false, false);
            }
            cell(xml, text, widths[3], labels.status(language, step.step().status()), false, false);
            xml.end();
        }
        xml.end();
    }

    private static void cell(WordXml xml, Paragraphs text, int width, String value, boolean bold, boolean red) {
        cellStart(xml, width, red);
        text.start("IrmAnswer");
        if (bold) {
            text.bold(value);
        } else {
            text.run(value);
        }
        xml.end().end();
    }

    /** An overdue step's target: shaded, the date, then the mark in bold in a paragraph of its own. */
    private static void overdueCell(WordXml xml, Paragraphs text, int width, String target, String mark) {
        cellStart(xml, width, true);
        text.start("IrmAnswer");
        text.run(target);
        xml.end();
        text.start("IrmAnswer");
        text.bold(mark);
        xml.end().end();
    }

    private static void cellStart(WordXml xml, int width, boolean red) {
        xml.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(width), "type", "dxa");
        if (red) {
            xml.empty("shd", "val", "clear", "color", "auto", "fill", "F4CCCC");
        }
        xml.end();
    }

    /** A day of the tracker as the document's language writes it. */
    private static String day(Instant instant, Language language) {
        return DocumentDates.format(LocalDate.ofInstant(instant, ZoneOffset.UTC), language);
    }

    /** A real date (sortable, shown in the language's form), else the text the State wrote, else nothing. */
    private static void dateCell(Row line, int column, LocalDate date, String otherwise, CellStyle dates) {
        Cell cell = line.createCell(column);
        if (date != null) {
            cell.setCellValue(date);
            cell.setCellStyle(dates);
        } else {
            cell.setCellValue(otherwise == null ? "" : otherwise);
        }
    }

    private void writeXlsx(Tracker.StateView state, Language language, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(state.state());
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle overdue = workbook.createCellStyle();
            overdue.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            overdue.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            overdue.setFont(bold);
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat(WorkbookDates.format(language)));
            dates.setAlignment(language.rightToLeft() ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
            CellStyle overdueDates = workbook.createCellStyle();
            overdueDates.cloneStyleFrom(overdue);
            overdueDates.setDataFormat(dates.getDataFormat());
            if (language.rightToLeft()) {
                sheet.setRightToLeft(true);
            }
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(COLUMNS.get(i));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (Tracker.Row row : state.rows()) {
                List<Tracker.Step> steps = row.steps().isEmpty() ? java.util.Collections.singletonList(null) : row.steps();
                for (Tracker.Step step : steps) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(row.item().id());
                    line.createCell(1).setCellValue(row.item().kind());
                    line.createCell(2).setCellValue(row.item().provisionId());
                    line.createCell(3).setCellValue(row.item().text(language));
                    line.createCell(4).setCellValue(String.join("; ", row.item().agencies()));
                    line.createCell(5).setCellValue(row.status());
                    dateCell(line, 6, row.lastUpdate() == null ? null : LocalDate.ofInstant(row.lastUpdate(), ZoneOffset.UTC),
                            "", dates);
                    if (step == null) {
                        continue;
                    }
                    line.createCell(7).setCellValue(step.step().position());
                    line.createCell(8).setCellValue(step.step().step());
                    line.createCell(9).setCellValue(step.step().agency());
                    dateCell(line, 10, step.step().targetDate(), step.step().targetText(), dates);
                    line.createCell(11).setCellValue(step.step().status());
                    Cell flag = line.createCell(12);
                    flag.setCellValue(step.overdue() ? labels.text(language, "plan.overdue") : "");
                    if (step.overdue()) {
                        flag.setCellStyle(overdue);
                        line.getCell(10).setCellStyle(step.step().targetDate() != null ? overdueDates : overdue);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, i == 3 || i == 8 ? 60 * 256 : 18 * 256);
            }
            workbook.write(out);
        }
    }
}
