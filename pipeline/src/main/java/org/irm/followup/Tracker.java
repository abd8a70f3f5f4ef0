package org.irm.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.irm.register.FollowUpItem;
import org.irm.register.FollowUpStatus;
import org.irm.register.FollowUpStep;
import org.irm.register.Recommendations;

/**
 * The recommendation tracker: each tracked item with its latest status, its last update and its
 * action-plan steps, a step overdue when its target date is before the day asked about and the step
 * is neither implemented nor no longer applicable. Summed per State and provision, and across States.
 * The day is given, never read from the machine's clock, so the same register gives the same tracker.
 */
public final class Tracker {

    /** The status of an item no State has reported on yet. */
    public static final String NOT_REPORTED = "not-reported";

    private final Recommendations register;

    public Tracker(Recommendations register) {
        this.register = register;
    }

    /** One step and whether it is overdue on the day asked about. */
    public record Step(FollowUpStep step, boolean overdue) { }

    /**
     * One item as tracked.
     *
     * @param status     the latest status reported, or {@link #NOT_REPORTED}
     * @param lastUpdate when the latest status was reported, or null
     * @param reportedBy who reported it, or null
     * @param steps      the action-plan steps of the latest report
     */
    public record Row(FollowUpItem item, String status, Instant lastUpdate, String reportedBy, FollowUpStatus latest,
                      List<Step> steps) {
        public long overdueSteps() {
            return steps.stream().filter(Step::overdue).count();
        }
    }

    /** Counts over a set of items: by status (in the statuses' order), the last update, the overdue steps. */
    public record Summary(int items, Map<String, Integer> byStatus, Instant lastUpdate, long overdueSteps) {
        static Summary of(List<Row> rows) {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (FollowUpStatusCode code : FollowUpStatusCode.values()) {
                byStatus.put(code.code(), 0);
            }
            byStatus.put(NOT_REPORTED, 0);
            Instant last = null;
            long overdue = 0;
            for (Row row : rows) {
                byStatus.merge(row.status(), 1, Integer::sum);
                if (row.lastUpdate() != null && (last == null || row.lastUpdate().isAfter(last))) {
                    last = row.lastUpdate();
                }
                overdue += row.overdueSteps();
            }
            return new Summary(rows.size(), byStatus, last, overdue);
        }
    }

    /** One provision of one State. */
    public record ProvisionView(String provisionId, Summary summary, List<Row> rows) { }

    /** One State. */
    public record StateView(String state, Summary summary, List<ProvisionView> provisions) {
        public List<Row> rows() {
            return provisions.stream().flatMap(p -> p.rows().stream()).toList();
        }
    }

    /** The tracker on a day: the States asked for (all when {@code state} is null) and the totals across them. */
    public record View(LocalDate asOf, List<StateView> states, Summary totals) { }

    /** The tracker of one State, or of every State with tracked items when {@code state} is null. */
    public View view(String state, LocalDate asOf) {
        List<FollowUpItem> items = state == null ? register.all() : register.ofState(state);
        Map<String, Map<String, List<Row>>> byState = new TreeMap<>();
        for (FollowUpItem item : items) {
            byState.computeIfAbsent(item.state(), s -> new TreeMap<>(FinalReportTracking::compareProvisions))
                    .computeIfAbsent(item.provisionId(), p -> new ArrayList<>()).add(row(item, asOf));
        }
        List<StateView> states = new ArrayList<>();
        List<Row> all = new ArrayList<>();
        byState.forEach((iso3, provisions) -> {
            List<ProvisionView> views = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            provisions.forEach((provision, provisionRows) -> {
                provisionRows.sort(Comparator.comparing(r -> r.item().id()));
                views.add(new ProvisionView(provision, Summary.of(provisionRows), List.copyOf(provisionRows)));
                rows.addAll(provisionRows);
            });
            states.add(new StateView(iso3, Summary.of(rows), views));
            all.addAll(rows);
        });
        return new View(asOf, states, Summary.of(all));
    }

    private Row row(FollowUpItem item, LocalDate asOf) {
        List<FollowUpStatus> history = register.history(item.id());
        if (history.isEmpty()) {
            return new Row(item, NOT_REPORTED, null, null, null, List.of());
        }
        FollowUpStatus latest = history.get(history.size() - 1);
        List<Step> steps = latest.steps().stream().map(step -> new Step(step, overdue(step, asOf))).toList();
        String status = latest.status().isEmpty() ? NOT_REPORTED : latest.status();
        return new Row(item, status, latest.reportedAt(), latest.reportedBy(), latest, steps);
    }

    /** Overdue: a target date before the day, and the step neither implemented nor no longer applicable. */
    static boolean overdue(FollowUpStep step, LocalDate asOf) {
        boolean done = FollowUpStatusCode.ofCode(step.status()).map(FollowUpStatusCode::closed).orElse(false);
        return step.targetDate() != null && step.targetDate().isBefore(asOf) && !done;
    }
}
