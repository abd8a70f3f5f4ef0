package org.irm.console;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.analysis.AnalysisDesk;
import org.irm.analysis.AnalysisTable;
import org.irm.analysis.Share;
import org.irm.catalogue.Language;

/**
 * The technical-assistance needs and outcomes analyses on the console, as {@code irm analysis ta-needs}
 * and {@code irm analysis outcomes} compute them as of today: each table shown on the page, and its
 * chart drawn in the browser by ECharts from {@code /api/analysis/<name>}. The secretariat's alone
 * ({@link AccessPolicy#maySeeAnalyses}): anyone else is answered 404.
 */
final class AnalysisPages {

    /** The analyses, by the name of their command and their route. */
    static final List<String> ANALYSES = List.of("ta-needs", "outcomes");

    private final ConsolePages frame;
    private final Pages pages;
    private final AccessPolicy policy;
    private final AnalysisDesk desk;

    AnalysisPages(ConsolePages frame, Pages pages, AccessPolicy policy, AnalysisDesk desk) {
        this.frame = frame;
        this.pages = pages;
        this.policy = policy;
        this.desk = desk;
    }

    /** One table as the page shows it: every cell as text, shares as whole per cents. */
    public record TableView(String id, String title, List<String> headers, List<List<String>> rows, boolean charted) { }

    /** One analysis on the page. */
    public record AnalysisView(String name, String title, List<TableView> tables) { }

    void page(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        if (!policy.maySeeAnalyses(viewer)) {
            frame.notFound(ctx);
            return;
        }
        Language language = viewer.language();
        List<AnalysisView> analyses = new ArrayList<>();
        for (String name : ANALYSES) {
            List<TableView> tables = tables(name, language).stream().map(AnalysisPages::view).toList();
            analyses.add(new AnalysisView(name, desk.title(name, language), tables));
        }
        Map<String, Object> model = frame.page(ctx, viewer);
        model.put("analyses", analyses);
        ConsolePages.html(ctx, pages.render("analysis.ftlh", language, model));
    }

    /**
     * The charts of one analysis: per charted table, its categories (the bars) and its series, counts
     * as counted and shares as per cents to one decimal.
     */
    void json(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        String name = ctx.pathParam("name");
        if (!policy.maySeeAnalyses(viewer) || !ANALYSES.contains(name)) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("application/json").result("{\"error\": \"not found\"}");
            return;
        }
        List<Map<String, Object>> charts = new ArrayList<>();
        for (AnalysisTable table : tables(name, viewer.language())) {
            if (table.chart() == null) {
                continue;
            }
            AnalysisTable.Chart chart = table.chart();
            List<Object> categories = table.rows().stream().map(row -> (Object) shown(row.get(chart.categoryColumn()))).toList();
            List<Map<String, Object>> series = new ArrayList<>();
            for (int column : chart.seriesColumns()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("name", table.columns().get(column).header());
                one.put("share", table.columns().get(column).kind() == AnalysisTable.Kind.SHARE);
                one.put("data", table.rows().stream().map(row -> number(row.get(column))).toList());
                series.add(one);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", table.id());
            json.put("title", table.title());
            json.put("categories", categories);
            json.put("series", series);
            charts.add(json);
        }
        ctx.contentType("application/json").result(ConsoleJson.write(Map.of("analysis", name, "charts", charts)));
    }

    private List<AnalysisTable> tables(String name, Language language) {
        return name.equals("ta-needs") ? desk.taNeedsTables(null, language) : desk.outcomesTables(null, language);
    }

    private static TableView view(AnalysisTable table) {
        List<String> headers = table.columns().stream().map(AnalysisTable.Column::header).toList();
        List<List<String>> rows = table.rows().stream().map(row -> row.stream().map(AnalysisPages::shown).toList()).toList();
        return new TableView(table.id(), table.title(), headers, rows, table.chart() != null);
    }

    private static String shown(Object cell) {
        if (cell instanceof Share share) {
            return share.percent() + "%";
        }
        return cell == null ? "" : cell.toString();
    }

    private static Object number(Object cell) {
        if (cell instanceof Share share) {
            return Math.round(share.fraction() * 1000) / 10.0;
        }
        return cell instanceof Number ? cell : 0;
    }
}
