package org.irm.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
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
 */
public final class StateBoard {

    private final Register register;
    private final MasterChecklists masters;
    private final Catalogue catalogue;
    private final StateList states;
    private final StageList stages;
    private final Overdue overdue;
    private final Clock clock;

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

    /** The overview rows of these States (each with a review), in the order given. */
    public List<OverviewRow> overview(Map<String, ReviewRecord> reviews, Collection<String> shown, Language language) {
        List<OverviewRow> rows = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String iso3 : shown) {
            ReviewRecord review = reviews.get(iso3);
            if (review != null) {
                rows.add(row(review, masters.forReview(review.id()), language, today));
            }
        }
        return rows;
    }

    /** One State's page: its latest review and every return of it, or empty when the register has no review of it. */
    public Optional<StatePage> state(String iso3, Language language) {
        List<ReviewRecord> reviews = register.reviews().forStateUnderReview(iso3);
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        ReviewRecord review = reviews.get(0);
        Optional<MasterChecklist> master = masters.forReview(review.id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        OverviewRow row = row(review, master, language, today);
        List<ProvisionProgress> provisions = master.map(m -> ProvisionProgress.of(m, catalogue)).orElse(List.of());
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
        String iso3 = review.stateUnderReview();
        String name = states.find(iso3).map(State::name).orElse(iso3);
        int total = (int) catalogue.provisions().count();
        int answered = 0;
        int findings = 0;
        if (master.isPresent()) {
            for (ProvisionProgress provision : ProvisionProgress.of(master.get(), catalogue)) {
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
