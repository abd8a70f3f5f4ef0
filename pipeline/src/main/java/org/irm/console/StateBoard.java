package org.irm.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;
import org.irm.notice.FollowUpFormsReturned;
import org.irm.notice.ReturnsIn;
import org.irm.register.DialogueQuestion;
import org.irm.register.LogChanges;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
import org.irm.register.ReportDraft;
import org.irm.register.ReturnedAnswer;
import org.irm.register.ReturnedVersion;
import org.irm.register.ReviewRecord;
import org.irm.stages.StageDefinition;
import org.irm.stages.StageList;
import org.irm.tracking.ChecklistCompleteness;
import org.irm.tracking.ChecklistCompleteness.Completeness;
import org.irm.tracking.FieldHistory;
import org.irm.tracking.ProvisionProgress;

/**
 * Reads what the overview and the State pages show, from the register through the services that own
 * each part (tracking's provision progress and checklist completeness, the stage list, the reminders'
 * view of what is in). Reads only; which States a viewer may see is not its business
 * ({@link AccessPolicy} chooses them).
 *
 * <p>What it reads is kept per State until the register changes for that State: every change is
 * logged with the State it concerns, so the events logged since the last look say which States to
 * read again ({@link Register#changesSince}); an event that concerns no State reads everything again,
 * as does a new day (what is overdue). The console's own events (logins, downloads, its accounts)
 * change no page and are left out: before, every login dropped the overview of 190 States, whose
 * master checklists took seconds to read again.
 */
public final class StateBoard {

    /** The actions of the events that change nothing these pages show: the console's own audit events and accounts. */
    static final List<String> OWN_ACTIONS = List.of("console.", "user.");

    /**
     * The State pages' data kept at most: more than the States under review in a cycle (190), so that
     * every page read with the overview stays kept; each holds a State's answers and their history
     * (a whole checklist, about 1,000 answers: some 0.4 MB).
     */
    private static final int KEPT_PAGES = 256;

    private final Register register;
    private final ChangeMarker marker;
    private final MasterChecklists masters;
    private final TemplateSource templates;
    private final StateList states;
    private final StageList stages;
    private final Overdue overdue;
    private final Clock clock;
    private final Map<String, Catalogue> catalogues = new HashMap<>();

    // All below guarded by this.
    private long seenEventId = -1;
    private LocalDate day;
    /** Bumped by every change read from the log; a State's stamp is the tick of its last change. */
    private long tick;
    private long everythingChangedAt;
    private final Map<String, Long> stateChangedAt = new HashMap<>();
    private Map<String, ReviewRecord> reviews;
    /** The overview's reading of the States not kept, while one is under way. */
    private CompletableFuture<Void> reading;
    private final Map<String, Standing> standings = new HashMap<>();
    private final Map<Language, Map<String, OverviewRow>> rows = new EnumMap<>(Language.class);
    private final Map<String, StateData> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StateData> eldest) {
            return size() > KEPT_PAGES;
        }
    };

    /** Where one State's latest review stands, in no language (its row of the overview, but the names). */
    private record Standing(ReviewRecord review, int provisions, int answered, int findings, int missing, int completion,
                            List<String> overdue, Instant lastReturn, DialogueCounts dialogue) {
    }

    /**
     * What the State page shows, in no language, read at a stamp; {@code dialogue} the latest review's questions,
     * {@code dialogues} the counts of every review of the State with a question.
     */
    private record StateData(long stamp, Standing standing, List<ProvisionProgress> provisions, List<String> parts,
                             List<ReturnedVersion> versions, List<FieldHistory> fields, List<ReportDraft> drafts,
                             List<DialogueQuestion> dialogue, List<DialogueCounts> dialogues) {
    }

    public StateBoard(Register register, TemplateSource templates, Catalogue catalogue, StateList states, StageList stages,
                      Clock clock) {
        this(register, new ChangeMarker(register::lastEventId), templates, catalogue, states, stages, clock);
    }

    /** A board that learns of the register's changes through this marker (the console's, shared by its requests). */
    StateBoard(Register register, ChangeMarker marker, TemplateSource templates, Catalogue catalogue, StateList states,
               StageList stages, Clock clock) {
        this.register = register;
        this.marker = marker;
        this.masters = new MasterChecklists(register);
        this.templates = templates;
        this.states = states;
        this.stages = stages;
        this.overdue = new Overdue(new ReturnsIn(register, templates, new FollowUpFormsReturned(register.recommendations())));
        this.clock = clock;
        catalogues.put(catalogue.instrument() + "/" + catalogue.cycle(), catalogue);
    }

    /** Each State under review with its latest review, by ISO3. */
    public Map<String, ReviewRecord> latestReviews() {
        long latest = marker.latest();
        synchronized (this) {
            catchUp(latest);
            return reviews;
        }
    }

    /**
     * The stamp of what these States show (their rows and pages): it changes whenever the register
     * changes for one of them, or for all (a new day, an event of no State). A page made from their
     * data read after this call is current for as long as the stamp stays the same.
     */
    long stamp(Collection<String> shown) {
        long latest = marker.latest();
        synchronized (this) {
            catchUp(latest);
            long stamp = everythingChangedAt;
            for (String iso3 : shown) {
                stamp = Math.max(stamp, stampOf(iso3));
            }
            return stamp;
        }
    }

    /** The overview rows of these States (each with a review), in the order given. */
    public List<OverviewRow> overview(Collection<String> shown, Language language) {
        Map<String, OverviewRow> all = rows(language);
        List<OverviewRow> shownRows = new ArrayList<>();
        for (String iso3 : shown) {
            OverviewRow row = all.get(iso3);
            if (row != null) {
                shownRows.add(row);
            }
        }
        return shownRows;
    }

    /** One State's page: its latest review and every return of it, or empty when the register has no review of it. */
    public Optional<StatePage> state(String iso3, Language language) {
        long stamp;
        ReviewRecord review;
        long latest = marker.latest();
        synchronized (this) {
            catchUp(latest);
            review = reviews.get(iso3);
            if (review == null) {
                return Optional.empty();
            }
            StateData kept = pages.get(iso3);
            stamp = stampOf(iso3);
            if (kept != null && kept.stamp() == stamp) {
                return Optional.of(page(iso3, kept, language));
            }
        }
        // Read outside the lock (other pages go on meanwhile); kept only when nothing changed the State since.
        StateData data = readState(review, stamp);
        keep(iso3, data);
        return Optional.of(page(iso3, data, language));
    }

    private StatePage page(String iso3, StateData data, Language language) {
        return new StatePage(row(iso3, data.standing(), language), data.standing().review(), data.provisions(), data.parts(),
                data.versions(), data.fields(), data.drafts(), data.dialogue(), data.dialogues());
    }

    // --- what changed ---

    /**
     * Reads the events logged since the last look and forgets what they change; {@code latest} is the
     * register's change marker as read for this request (nothing to read while it has not moved).
     */
    private void catchUp(long latest) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (seenEventId < 0 || !today.equals(day)) {
            seenEventId = latest;
            day = today;
            forgetEverything();
            return;
        }
        if (latest <= seenEventId) {
            return;
        }
        LogChanges changes = register.changesSince(seenEventId, OWN_ACTIONS);
        seenEventId = Math.max(seenEventId, changes.lastEventId());
        if (changes.none()) {
            return;
        }
        tick++;
        rows.clear();
        if (changes.unattributed()) {
            forgetEverything();
            return;
        }
        // A State's new review, stage or reviewers are logged with the State: the list of reviews is one query.
        reviews = readLatestReviews();
        for (String iso3 : changes.states()) {
            stateChangedAt.put(iso3, tick);
            standings.remove(iso3);
            pages.remove(iso3);
        }
    }

    private void forgetEverything() {
        tick++;
        everythingChangedAt = tick;
        stateChangedAt.clear();
        standings.clear();
        pages.clear();
        rows.clear();
        reviews = readLatestReviews();
    }

    private long stampOf(String iso3) {
        return Math.max(everythingChangedAt, stateChangedAt.getOrDefault(iso3, 0L));
    }

    // --- reading ---

    private Map<String, ReviewRecord> readLatestReviews() {
        Map<String, ReviewRecord> latest = new TreeMap<>();
        List<ReviewRecord> all = new ArrayList<>(register.reviews().all());
        // Latest: highest cycle, then the latest created (as Reviews.forStateUnderReview orders them).
        all.sort((a, b) -> a.cycle() != b.cycle() ? Integer.compare(b.cycle(), a.cycle()) : b.createdAt().compareTo(a.createdAt()));
        for (ReviewRecord review : all) {
            latest.putIfAbsent(review.stateUnderReview(), review);
        }
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(latest));
    }

    /**
     * The overview rows of every State in a language, kept until something changes. The States not
     * read yet are read outside the lock, by one reader at a time (the others wait for it rather than
     * read the same 190 master checklists beside it), so that pages already kept are served meanwhile;
     * each State read is kept whole (its page too), as the State pages are asked next.
     */
    private Map<String, OverviewRow> rows(Language language) {
        Map<String, Standing> readNow = new HashMap<>();
        for (int attempt = 1; ; attempt++) {
            CompletableFuture<Void> another;
            CompletableFuture<Void> mine = null;
            Map<String, ReviewRecord> toRead = new LinkedHashMap<>();
            Map<String, Long> stamps = new HashMap<>();
            long latest = marker.latest();
            synchronized (this) {
                catchUp(latest);
                Map<String, OverviewRow> kept = rows.get(language);
                if (kept != null) {
                    return kept;
                }
                // A State that changes while it is read is read again; after three tries, shown as read.
                boolean settle = attempt > 3;
                reviews.forEach((iso3, review) -> {
                    if (!standings.containsKey(iso3) && !(settle && readNow.containsKey(iso3))) {
                        toRead.put(iso3, review);
                        stamps.put(iso3, stampOf(iso3));
                    }
                });
                if (toRead.isEmpty()) {
                    Map<String, OverviewRow> fresh = new LinkedHashMap<>();
                    reviews.forEach((iso3, review) -> fresh.put(iso3,
                            row(iso3, standings.getOrDefault(iso3, readNow.get(iso3)), language)));
                    if (reviews.keySet().stream().allMatch(standings::containsKey)) {
                        rows.put(language, fresh);
                    }
                    return fresh;
                }
                another = reading;
                if (another == null) {
                    mine = new CompletableFuture<>();
                    reading = mine;
                }
            }
            if (another != null) {
                another.join();
                continue;
            }
            try {
                toRead.forEach((iso3, review) -> {
                    StateData data = readState(review, stamps.get(iso3));
                    readNow.put(iso3, data.standing());
                    keep(iso3, data);
                });
            } finally {
                synchronized (this) {
                    reading = null;
                }
                mine.complete(null);
            }
        }
    }

    /** Keeps what was read of a State, unless the State changed while it was read. */
    private synchronized void keep(String iso3, StateData data) {
        if (stampOf(iso3) == data.stamp()) {
            pages.put(iso3, data);
            standings.put(iso3, data.standing());
        }
    }

    private record Read(Standing standing, Completeness completeness) {
    }

    private Read standing(ReviewRecord review, Optional<MasterChecklist> master, DialogueCounts dialogue) {
        Catalogue catalogue = catalogue(review);
        Completeness completeness = ChecklistCompleteness.of(master, catalogue);
        int total = (int) catalogue.provisions().count();
        int answered = 0;
        int findings = 0;
        for (ProvisionProgress provision : completeness.progress()) {
            if (provision.status().equals(ProvisionProgress.ANSWERED)) {
                answered++;
            } else if (provision.status().equals(ProvisionProgress.FINDINGS)) {
                findings++;
            }
        }
        int missing = total - answered - findings;
        int completion = total == 0 ? 0 : (int) Math.floor(100.0 * (answered + findings) / total);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new Read(new Standing(review, total, answered, findings, missing, completion,
                List.copyOf(overdue.of(review, completeness, today)), master.map(MasterChecklist::lastReceived).orElse(null),
                dialogue), completeness);
    }

    private StateData readState(ReviewRecord review, long stamp) {
        Optional<MasterChecklist> master = masters.forReview(review.id());
        // The written dialogue of every review of the State, in one read: the latest review's threads and counts,
        // and the other reviews' counts for the State's JSON.
        List<DialogueQuestion> asked = register.dialogue().ofState(review.stateUnderReview(), null);
        List<DialogueQuestion> latest = asked.stream().filter(q -> q.reviewId().equals(review.id())).toList();
        DialogueCounts dialogue = DialogueCounts.of(review.id(), latest);
        List<DialogueCounts> dialogues = new ArrayList<>(List.of(dialogue));
        DialogueCounts.byReview(asked).stream().filter(c -> !c.reviewId().equals(review.id())).forEach(dialogues::add);
        Read read = standing(review, master, dialogue);
        List<FieldHistory> fields = new ArrayList<>();
        master.ifPresent(m -> m.history().forEach((field, history) -> {
            if (history.stream().anyMatch(ReturnedAnswer::given)) {
                fields.add(new FieldHistory(field, m.answer(field).map(ReturnedAnswer::value).orElse(""), history));
            }
        }));
        // In the catalogue's order, as the provisions table: a provision's answers stay together on one page.
        Map<String, Integer> order = new HashMap<>();
        read.completeness().progress().forEach(p -> order.putIfAbsent(p.provision(), order.size()));
        // A stable sort on the provision alone: within it, the fields keep the register's order.
        fields.sort(java.util.Comparator.comparingInt(f -> order.getOrDefault(f.field().provisionId(), Integer.MAX_VALUE)));
        List<ReturnedVersion> versions = master.map(MasterChecklist::versions).orElse(List.of());
        List<String> parts = versions.stream().map(ReturnedVersion::part).distinct().sorted().toList();
        return new StateData(stamp, read.standing(), read.completeness().progress(), parts, versions, List.copyOf(fields),
                register.reportRecords().drafts(review.id()), latest, List.copyOf(dialogues));
    }

    /** The catalogue of the review's instrument and cycle, as ChecklistCompleteness reads it; read once. */
    private Catalogue catalogue(ReviewRecord review) {
        String key = review.instrument() + "/" + review.cycle();
        synchronized (catalogues) {
            Catalogue kept = catalogues.get(key);
            if (kept != null) {
                return kept;
            }
            try {
                Catalogue read = new CatalogueLoader(templates).review(review.instrument(), review.cycle());
                catalogues.put(key, read);
                return read;
            } catch (CatalogueException e) {
                throw new ConfigurationException("The catalogue of " + review.instrument() + " cycle " + review.cycle()
                        + " cannot be read: " + e.getMessage());
            }
        }
    }

    private OverviewRow row(String iso3, Standing standing, Language language) {
        ReviewRecord review = standing.review();
        String name = states.find(iso3).map(state -> states.name(state.iso3(), language)).orElse(iso3); // in the page's language
        String stageLabel = stages.find(review.stage().code()).map((StageDefinition s) -> s.label(language))
                .orElse(review.stage().code());
        return new OverviewRow(iso3, name, review.id(), review.stage().code(), stageLabel, standing.provisions(),
                standing.answered(), standing.findings(), standing.missing(), standing.completion(), standing.overdue(),
                standing.lastReturn(), standing.dialogue());
    }
}
