package org.irm.followup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tracker as {@code irm followup status} shows it: plain text, JSON (keys documented in the
 * README, kept stable for scripts) or a workbook (a sheet of States and provisions, and a sheet of items).
 */
public final class TrackerReports {

    private TrackerReports() {
    }

    /** The JSON document: {@code asOf}, {@code states[]} (each with {@code provisions[]} and their {@code items[]}), {@code totals}. */
    public static String json(Tracker.View view) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", view.asOf().toString());
        List<Object> states = new ArrayList<>();
        for (Tracker.StateView state : view.states()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("state", state.state());
            summary(s, state.summary());
            List<Object> provisions = new ArrayList<>();
            for (Tracker.ProvisionView provision : state.provisions()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("provision", provision.provisionId());
                summary(p, provision.summary());
                List<Object> items = new ArrayList<>();
                for (Tracker.Row row : provision.rows()) {
                    Map<String, Object> i = new LinkedHashMap<>();
                    i.put("id", row.item().id());
                    i.put("review", row.item().reviewId());
                    i.put("kind", row.item().kind());
                    i.put("status", row.status());
                    i.put("lastUpdate", row.lastUpdate() == null ? null : row.lastUpdate().toString());
                    i.put("reportedBy", row.reportedBy());
                    i.put("agencies", row.item().agencies());
                    i.put("steps", row.steps().size());
                    i.put("overdueSteps", row.overdueSteps());
                    items.add(i);
                }
                p.put("items", items);
                provisions.add(p);
            }
            s.put("provisions", provisions);
            states.add(s);
        }
        root.put("states", states);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("states", view.states().size());
        summary(totals, view.totals());
        root.put("totals", totals);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    private static void summary(Map<String, Object> into, Tracker.Summary summary) {
        into.put("itemCount", summary.items());
        into.put("byStatus", summary.byStatus());
        into.put("lastUpdate", summary.lastUpdate() == null ? null : summary.lastUpdate().toString());
        into.put("overdueSteps", summary.overdueSteps());
    }

    /** Plain text for the terminal: one line per State and per provision, then the totals. */
    public static String text(Tracker.View view) {
        StringBuilder out = new StringBuilder();
        out.append("Follow-up tracker as of ").append(view.asOf()).append('\n');
        for (Tracker.StateView state : view.states()) {
            out.append(line(state.state(), state.summary(), ""));
            for (Tracker.ProvisionView provision : state.provisions()) {
                out.append(line(provision.provisionId(), provision.summary(), "  "));
            }
        }
        out.append(line("Total (" + view.states().size() + " States)", view.totals(), ""));
        return out.toString();
    }

    private static String line(String name, Tracker.Summary summary, String indent) {
        List<String> counts = new ArrayList<>();
        summary.byStatus().forEach((status, count) -> {
            if (count > 0) {
                counts.add(status + " " + count);
            }
        });
        return String.format(Locale.ROOT, "%s%s: %d items (%s), last update %s, %d overdue steps%n", indent, name,
                summary.items(), String.join(", ", counts), summary.lastUpdate() == null ? "none" : summary.lastUpdate(),
                summary.overdueSteps());
    }

    /** The workbook: sheet "tracker" (a row per State and per provision), sheet "items" (a row per item). */
    public static void xlsx(Tracker.View view, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet tracker = workbook.createSheet("tracker");
            List<String> statuses = new ArrayList<>(view.totals().byStatus().keySet());
            List<String> head = new ArrayList<>(List.of("state", "provision", "itemCount"));
            head.addAll(statuses);
            head.addAll(List.of("lastUpdate", "overdueSteps"));
            header(tracker, head, bold);
            int r = 1;
            for (Tracker.StateView state : view.states()) {
                r = summaryRow(tracker, r, state.state(), "", state.summary(), statuses, bold);
                for (Tracker.ProvisionView provision : state.provisions()) {
                    r = summaryRow(tracker, r, state.state(), provision.provisionId(), provision.summary(), statuses, null);
                }
            }
            summaryRow(tracker, r, "total", "", view.totals(), statuses, bold);
            Sheet items = workbook.createSheet("items");
            header(items, List.of("id", "state", "provision", "kind", "status", "lastUpdate", "reportedBy", "agencies",
                    "steps", "overdueSteps"), bold);
            r = 1;
            for (Tracker.StateView state : view.states()) {
                for (Tracker.Row row : state.rows()) {
                    Row line = items.createRow(r++);
                    line.createCell(0).setCellValue(row.item().id());
                    line.createCell(1).setCellValue(row.item().state());
                    line.createCell(2).setCellValue(row.item().provisionId());
                    line.createCell(3).setCellValue(row.item().kind());
                    line.createCell(4).setCellValue(row.status());
                    line.createCell(5).setCellValue(row.lastUpdate() == null ? "" : row.lastUpdate().toString());
                    line.createCell(6).setCellValue(row.reportedBy() == null ? "" : row.reportedBy());
                    line.createCell(7).setCellValue(String.join("; ", row.item().agencies()));
                    line.createCell(8).setCellValue(row.steps().size());
                    line.createCell(9).setCellValue(row.overdueSteps());
                }
            }
            workbook.write(out);
        }
    }

    private static void header(Sheet sheet, List<String> names, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static int summaryRow(Sheet sheet, int r, String state, String provision, Tracker.Summary summary,
                                  List<String> statuses, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(state);
        row.createCell(1).setCellValue(provision);
        row.createCell(2).setCellValue(summary.items());
        for (int i = 0; i < statuses.size(); i++) {
            row.createCell(3 + i).setCellValue(summary.byStatus().getOrDefault(statuses.get(i), 0));
        }
        row.createCell(3 + statuses.size()).setCellValue(summary.lastUpdate() == null ? "" : summary.lastUpdate().toString());
        row.createCell(4 + statuses.size()).setCellValue(summary.overdueSteps());
        if (style != null) {
            row.forEach(cell -> cell.setCellStyle(style));
        }
        return r + 1;
    }
}
