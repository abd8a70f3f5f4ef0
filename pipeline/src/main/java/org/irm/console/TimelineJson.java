package org.irm.console;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviews timeline beside the calendar: every deadline and country visit of the reviews the
 * viewer may see, as JSON for the chart the calendar page draws on a time axis ({@code /api/calendar}).
 * The same entries, filtered the same way, as the calendar's table and its iCalendar feed.
 */
final class TimelineJson {

    private final AccessPolicy policy;
    private final StateBoard board;
    private final ReviewCalendar calendar;
    private final Pages pages;

    TimelineJson(AccessPolicy policy, StateBoard board, ReviewCalendar calendar, Pages pages) {
        this.policy = policy;
        this.board = board;
        this.calendar = calendar;
        this.pages = pages;
    }

    void json(Context ctx) {
        Viewer viewer = ConsolePages.viewer(ctx);
        Map<String, String> labels = pages.labels(viewer.language());
        ConsoleDates dates = new ConsoleDates(viewer.language());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (CalendarEntry entry : calendar.of(policy.visible(viewer, board.latestReviews().keySet()))) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("date", entry.date().toString());
            json.put("dateText", dates.format(entry.date()));
            json.put("state", entry.state());
            json.put("name", entry.name());
            json.put("reviewId", entry.reviewId());
            json.put("milestone", entry.milestone());
            json.put("milestoneLabel", labels.getOrDefault("milestone." + entry.milestone(), entry.milestone()));
            json.put("visit", entry.visit());
            entries.add(json);
        }
        ctx.contentType("application/json").result(ConsoleJson.write(Map.of("entries", entries)));
    }
}
