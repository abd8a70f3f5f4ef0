package org.irm.console;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.followup.FollowUpLabels;
import org.irm.followup.Tracker;

/**
 * The recommendation tracker on the console: across the States the viewer may see (items by status,
 * with a chart of the counts) and one State's tracked recommendations, good practices and
 * technical-assistance needs with their latest status, last update and overdue action-plan steps.
 * Read from {@link Tracker} on today's date; a State the viewer may not see is answered 404 on the
 * page and in the JSON alike, as if it had nothing tracked.
 */
final class TrackerPages {

    private final ConsolePages frame;
    private final Pages pages;
    private final AccessPolicy policy;
    private final Tracker tracker;
    private final FollowUpLabels labels;
    private final StateList states;
    private final Clock clock;

    TrackerPages(ConsolePages frame, Pages pages, AccessPolicy policy, Tracker tracker, FollowUpLabels labels,
                 StateList states, Clock clock) {
        this.frame = frame;
        this.pages = pages;
        this.policy = policy;
        this.tracker = tracker;
        this.labels = labels;
        this.states = states;
        this.clock = clock;
    }

    /** One State's line across States: its counts by status, in the statuses' order. */
    public record StateLine(String state, String name, int items, List<Count> counts, java.time.Instant lastUpdate,
                            long overdueSteps) { }

    /** How many items stand at a status. */
    public record Count(String status, String label, int items) { }

    /** One tracked item as the page shows it, in the viewer's language. */
    public record ItemLine(String id, String provision, String kind, String text, String status, String statusLabel,
                           java.time.Instant lastUpdate, String reportedBy, long overdueSteps, List<String> agencies) { }

    // --- pages ---

    void across(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Tracker.View view = visibleView(viewer);
        Map<String, Object> model = frame.page(ctx, viewer);
        model.put("lines", lines(view, viewer.language()));
        model.put("totals", counts(view.totals(), viewer.language()));
        model.put("total", view.totals().items());
        model.put("asOf", view.asOf());
        ConsolePages.html(ctx, pages.render("tracker.ftlh", viewer.language(), model));
    }

    void ofState(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Optional<Tracker.StateView> state = visibleState(viewer, ctx.pathParam("iso3"));
        if (state.isEmpty()) {
            frame.notFound(ctx);
            return;
        }
        Language language = viewer.language();
        Map<String, Object> model = frame.page(ctx, viewer);
        model.put("state", state.get().state());
        model.put("name", states.name(state.get().state(), language));
        model.put("counts", counts(state.get().summary(), language));
        model.put("items", items(state.get(), language));
        model.put("asOf", today());
        ConsolePages.html(ctx, pages.render("tracker-state.ftlh", language, model));
    }

    // --- JSON ---

    void acrossJson(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Tracker.View view = visibleView(viewer);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (StateLine line : lines(view, viewer.language())) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("state", line.state());
            json.put("name", line.name());
            json.put("items", line.items());
            json.put("byStatus", byStatus(line.counts()));
            json.put("lastUpdate", line.lastUpdate() == null ? null : line.lastUpdate().toString());
            json.put("overdueSteps", line.overdueSteps());
            lines.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asOf", view.asOf().toString());
        json.put("statuses", statuses(counts(view.totals(), viewer.language())));
        json.put("states", lines);
        json.put("totals", byStatus(counts(view.totals(), viewer.language())));
        ctx.contentType("application/json").result(ConsoleJson.write(json));
    }

    void stateJson(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Optional<Tracker.StateView> state = visibleState(viewer, ctx.pathParam("iso3"));
        if (state.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("application/json").result("{\"error\": \"not found\"}");
            return;
        }
        Language language = viewer.language();
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemLine item : items(state.get(), language)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", item.id());
            json.put("provision", item.provision());
            json.put("kind", item.kind());
            json.put("status", item.status());
            json.put("lastUpdate", item.lastUpdate() == null ? null : item.lastUpdate().toString());
            json.put("overdueSteps", item.overdueSteps());
            items.add(json);
        }
        List<Count> counts = counts(state.get().summary(), language);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", state.get().state());
        json.put("asOf", today().toString());
        json.put("statuses", statuses(counts));
        json.put("byStatus", byStatus(counts));
        json.put("items", items);
        ctx.contentType("application/json").result(ConsoleJson.write(json));
    }

    // --- shared ---

    /** The tracker of the States the viewer may see: the whole register's, filtered by the policy. */
    private Tracker.View visibleView(Viewer viewer) {
        Tracker.View all = tracker.view(null, today());
        java.util.Set<String> visible = policy.visible(viewer, all.states().stream().map(Tracker.StateView::state).toList());
        List<Tracker.StateView> shown = all.states().stream().filter(s -> visible.contains(s.state())).toList();
        if (shown.size() == all.states().size()) {
            return all;
        }
        // Totals over what is shown only: a State user's totals are its own.
        List<Tracker.View> each = shown.stream().map(s -> tracker.view(s.state(), all.asOf())).toList();
        List<Tracker.StateView> views = each.stream().flatMap(v -> v.states().stream()).toList();
        return new Tracker.View(all.asOf(), views, sum(all.totals().byStatus().keySet(), each));
    }

    private static Tracker.Summary sum(java.util.Set<String> statuses, List<Tracker.View> views) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        statuses.forEach(status -> byStatus.put(status, 0));
        int items = 0;
        long overdue = 0;
        java.time.Instant last = null;
        for (Tracker.View view : views) {
            Tracker.Summary summary = view.totals();
            summary.byStatus().forEach((status, count) -> byStatus.merge(status, count, Integer::sum));
            items += summary.items();
            overdue += summary.overdueSteps();
            if (summary.lastUpdate() != null && (last == null || summary.lastUpdate().isAfter(last))) {
                last = summary.lastUpdate();
            }
        }
        return new Tracker.Summary(items, byStatus, last, overdue);
    }

    private Optional<Tracker.StateView> visibleState(Viewer viewer, String iso3Text) {
        String iso3 = iso3Text == null ? "" : iso3Text.toUpperCase(Locale.ROOT);
        if (!iso3.matches("[A-Z]{3}") || !policy.maySee(viewer, iso3)) {
            return Optional.empty();
        }
        return tracker.view(iso3, today()).states().stream().findFirst();
    }

    private List<StateLine> lines(Tracker.View view, Language language) {
        return view.states().stream().map(s -> new StateLine(s.state(), states.name(s.state(), language),
                s.summary().items(), counts(s.summary(), language), s.summary().lastUpdate(), s.summary().overdueSteps()))
                .toList();
    }

    private List<ItemLine> items(Tracker.StateView state, Language language) {
        return state.rows().stream().map(row -> new ItemLine(row.item().id(), row.item().provisionId(),
                labels.text(language, "item.kind." + row.item().kind()), row.item().text(language), row.status(),
                statusLabel(row.status(), language), row.lastUpdate(), row.reportedBy(), row.overdueSteps(),
                row.item().agencies())).toList();
    }

    private List<Count> counts(Tracker.Summary summary, Language language) {
        List<Count> counts = new ArrayList<>();
        summary.byStatus().forEach((status, items) -> counts.add(new Count(status, statusLabel(status, language), items)));
        return counts;
    }

    private String statusLabel(String status, Language language) {
        return Tracker.NOT_REPORTED.equals(status) ? pages.labels(language).get("tracker.notReported")
                : labels.status(language, status);
    }

    private static Map<String, Integer> byStatus(List<Count> counts) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        counts.forEach(count -> byStatus.put(count.status(), count.items()));
        return byStatus;
    }

    /** The statuses in order with their labels in the viewer's language: the chart's legend. */
    private static List<Map<String, String>> statuses(List<Count> counts) {
        return counts.stream().map(count -> Map.of("status", count.status(), "label", count.label())).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
