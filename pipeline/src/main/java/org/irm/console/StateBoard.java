package org.irm.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.notice.FollowUpFormsReturned;
import org.irm.notice.ReturnsIn;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
import org.irm.register.ReturnedAnswer;
import org.irm.register.ReturnedVersion;
import org.irm.register.ReviewRecord;
import org.irm.stages.StageDefinition;
import org.irm.stages.StageList;
import org.irm.tracking.FieldHistory;
import org.irm.tracking.ProvisionProgress;

/**
 * Reads what the overview and the State pages show, from the register through the services that own
 * each part (tracking's provision progress, the stage list, the reminders' view of what is in). Reads
 * only; which States a viewer may see is not its business ({@link AccessPolicy} chooses them).
 *
 * <p>The overview of every State is computed once and kept while the register is unchanged: every
 * change is logged, so the log's last event id (and the day, for what is overdue) says when to read
 * again. 190 States' master checklists read for every page view made the overview take seconds.
 */
public final class StateBoard {

    private final Register register;
    private final MasterChecklists masters;
    private final Catalogue catalogue;
    private final StateList states;
    private final StageList stages;
    private final Overdue overdue;
    private final Clock clock;
    private final Map<Language, Snapshot> snapshots = new EnumMap<>(Language.class);
    /** The State pages read last (at most {@link #KEPT_PAGES}), each with the event id and day it was read at. */
    private final Map<String, KeptPage> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KeptPage> eldest) {
            return size() > KEPT_PAGES;
        }
    };

    private static final int KEPT_PAGES = 64;

    private record KeptPage(long eventId, LocalDate day, Optional<StatePage> page) {
    }

    /** The overview rows of every State under review, as the register stood at an event id on a day. */
    private record Snapshot(long eventId, LocalDate day, Map<String, ReviewRecord> reviews, Map<String, OverviewRow> rows) {
    }

    public StateBoard(Register register, TemplateSource templates, Catalogue catalogue, StateList states, StageList stages,
                      Clock clock) {
        this.register = register;
        this.masters = new MasterChecklists(register);
        this.catalogue = catalogue;
        this.states = states;
        this.stages = stages;
        this.overdue = new Overdue(new ReturnsIn(register, templates, new FollowUpFormsReturned(register.recommendations())));
        this.clock = clock;
    }

    /** Each State under review with its latest review, by ISO3. */
    public Map<String, ReviewRecord> latestReviews() {
        return snapshot(Language.EN).reviews();
    }

    private Map<String, ReviewRecord> readLatestReviews() {
        Map<String, ReviewRecord> latest = new LinkedHashMap<>();
        List<ReviewRecord> all = new ArrayList<>(register.reviews().all());
        // Latest: highest cycle, then the latest created.
        all.sort((a, b) -> a.cycle() != b.cycle() ? Integer.compare(b.cycle(), a.cycle()) : b.createdAt().compareTo(a.createdAt()));
        for (ReviewRecord review : all) {
            latest.putIfAbsent(review.stateUnderReview(), review);
        }
        Map<String, ReviewRecord> byState = new LinkedHashMap<>();
        new TreeSet<>(latest.keySet()).forEach(iso3 -> byState.put(iso3, latest.get(iso3)));
        return byState;
    }

    /** The overview as the register stands now: kept from the last reading while no event was logged since (same day). */
    private synchronized Snapshot snapshot(Language language) {
        long eventId = register.lastEventId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Snapshot kept = snapshots.get(language);
        if (kept != null && kept.eventId() == eventId && kept.day().equals(today)) {
            return kept;
        }
        Map<String, ReviewRecord> reviews = readLatestReviews();
        Map<String, OverviewRow> rows = new LinkedHashMap<>();
        reviews.forEach((iso3, review) -> rows.put(iso3, row(review, masters.forReview(review.id()), language, today)));
        Snapshot fresh = new Snapshot(eventId, today, Collections.unmodifiableMap(reviews), Collections.unmodifiableMap(rows));
        snapshots.put(language, fresh);
        return fresh;
    }

    /** The overview rows of these States (each with a review), in the order given. */
    public List<OverviewRow> overview(Collection<String> shown, Language language) {
        Map<String, OverviewRow> rows = snapshot(language).rows();
        List<OverviewRow> shownRows = new ArrayList<>();
        for (String iso3 : shown) {
            OverviewRow row = rows.get(iso3);
            if (row != null) {
                shownRows.add(row);
            }
        }
        return shownRows;
    }

    /** One State's page: its latest review and every return of it, or empty when the register has no review of it. */
    public Optional<StatePage> state(String iso3, Language language) {
        long eventId = register.lastEventId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String key = iso3 + "/" + language.code();
        synchronized (pages) {
            KeptPage kept = pages.get(key);
            if (kept != null && kept.eventId() == eventId && kept.day().equals(today)) {
                return kept.page();
            }
        }
        Optional<StatePage> page = readState(iso3, language, today);
        synchronized (pages) {
            pages.put(key, new KeptPage(eventId, today, page));
        }
        return page;
    }

    private Optional<StatePage> readState(String iso3, Language language, LocalDate today) {
        List<ReviewRecord> reviews = register.reviews().forStateUnderReview(iso3);
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        ReviewRecord review = reviews.get(0);
        Optional<MasterChecklist> master = masters.forReview(review.id());
        List<ProvisionProgress> provisions = master.map(m -> ProvisionProgress.of(m, catalogue)).orElse(List.of());
        OverviewRow row = row(review, master, provisions, language, today);
        List<FieldHistory> fields = new ArrayList<>();
        master.ifPresent(m -> m.history().forEach((field, history) -> {
            if (history.stream().anyMatch(ReturnedAnswer::given)) {
                fields.add(new FieldHistory(field, m.answer(field).map(ReturnedAnswer::value).orElse(""), history));
            }
        }));
        List<ReturnedVersion> versions = master.map(MasterChecklist::versions).orElse(List.of());
        List<String> parts = versions.stream().map(ReturnedVersion::part).distinct().sorted().toList();
        return Optional.of(new StatePage(row, review, provisions, parts, versions, fields,
                register.reportRecords().drafts(review.id())));
    }

    private OverviewRow row(ReviewRecord review, Optional<MasterChecklist> master, Language language, LocalDate today) {
        return row(review, master, master.map(m -> ProvisionProgress.of(m, catalogue)).orElse(List.of()), language, today);
    }

    private OverviewRow row(ReviewRecord review, Optional<MasterChecklist> master, List<ProvisionProgress> provisions,
                            Language language, LocalDate today) {
        String iso3 = review.stateUnderReview();
        String name = states.find(iso3).map(state -> states.name(state.iso3(), language)).orElse(iso3); // in the page's language
        int total = (int) catalogue.provisions().count();
        int answered = 0;
        int findings = 0;
        if (master.isPresent()) {
            for (ProvisionProgress provision : provisions) {
                if (provision.status().equals(ProvisionProgress.ANSWERED)) {
                    answered++;
                } else if (provision.status().equals(ProvisionProgress.FINDINGS)) {
                    findings++;
                }
            }
        }
        int missing = total - answered - findings;
        int completion = total == 0 ? 0 : (int) Math.floor(100.0 * (answered + findings) / total);
        String stageLabel = stages.find(review.stage().code()).map((StageDefinition s) -> s.label(language))
                .orElse(review.stage().code());
        return new OverviewRow(iso3, name, review.id(), review.stage().code(), stageLabel, total, answered, findings, missing,
                completion, overdue.of(review, today), master.map(MasterChecklist::lastReceived).orElse(null));
    }
}
