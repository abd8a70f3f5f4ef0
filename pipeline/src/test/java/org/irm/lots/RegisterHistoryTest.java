package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Deadline;
import org.irm.register.Event;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draw with the register as its history, its schedule and its log. */
class RegisterHistoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private Register register() {
        return Register.open(IrmConfig.of(Map.of("irm.home", home.toString())));
    }

    private static void record(RegisterHistory history, DrawResult result, PartyRoster roster) {
        history.record(result.mechanism(), result.request().cycle(), result.request().year(),
                new ReviewScheduler().reviews(result, roster), "ab".repeat(32));
    }

    @Test
    void aCycleDrawnYearByYearThroughTheRegisterIsTheSameAsFromMemoryAndKeepsTheCap() throws Exception {
        StateListRoster states = Fixtures.realStates();
        DrawPolicy policy = Fixtures.uncac();
        List<String> parties = states.parties().stream().filter(p -> p.isPartyTo("uncac")).map(Party::iso3).sorted()
                .collect(Collectors.toList());
        for (int seed = 0; seed < 3; seed++) {
            Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.resolve("s" + seed).toString())));
            RegisterHistory inRegister = new RegisterHistory(register, CLOCK);
            Fixtures.MemoryHistory inMemory = new Fixtures.MemoryHistory();
            List<String> shuffled = new ArrayList<>(parties);
            Collections.shuffle(shuffled, new Random(seed));
            for (int y = 0; y < 4; y++) {
                DrawRequest request = Fixtures.request(2026 + y, "register-" + seed,
                        shuffled.subList(y * parties.size() / 4, (y + 1) * parties.size() / 4), Set.of());
                DrawResult fromRegister = new LotDrawer().draw(new DrawInputs(states, policy, inRegister, request));
                DrawResult fromMemory = new LotDrawer().draw(new DrawInputs(states, policy, inMemory, request));

                assertThat(fromRegister).as("seed %d, year %d", seed, 2026 + y).isEqualTo(fromMemory);
                record(inRegister, fromRegister, states);
                inMemory.add(fromMemory);
            }
            assertThat(register.reviews().forInstrument("uncac")).hasSize(parties.size());
            Map<String, Integer> performed = new HashMap<>();
            register.reviews().all().forEach(r -> r.reviewingStates().forEach(s -> performed.merge(s, 1, Integer::sum)));
            assertThat(performed.values()).allMatch(n -> n <= policy.capPerCycle());
            assertThat(sorted(inRegister.reviews("uncac"))).isEqualTo(sorted(inMemory.reviews));
        }
    }

    @Test
    void aDrawnReviewCarriesTheChecklistsReviewIdItsDeadlinesAndTheRecordItCameFrom() throws Exception {
        Register register = register();
        StateListRoster states = Fixtures.realStates();
        DrawResult result = new LotDrawer().draw(new DrawInputs(states, Fixtures.uncac(), ReviewHistory.none(),
                Fixtures.request(2026, "ids", List.of("NGA", "FRA"), Set.of())));

        record(new RegisterHistory(register, CLOCK), result, states);

        ReviewRecord nigeria = register.reviews().find("uncac-2-NGA").orElseThrow();
        assertThat(nigeria.reviewingStates()).containsExactlyElementsOf(result.reviewersOf("NGA", "uncac"));
        assertThat(nigeria.reviewers()).extracting(ReviewerAssignment::role).containsExactly("same-group", "global");
        assertThat(nigeria.stage()).isEqualTo(ReviewStage.DRAWN);
        assertThat(nigeria.due("selfAssessment")).contains(LocalDate.of(2026, 8, 1));
        assertThat(nigeria.deadlines()).extracting(Deadline::milestone).hasSize(Fixtures.uncac().timeline().size());
        assertThat(nigeria.draw().name()).isEqualTo("lots-uncac-c2-2026");
        assertThat(nigeria.draw().recordSha256()).isEqualTo("ab".repeat(32));
        assertThat(NewReview.defaultId("uncac", 2, "NGA")).isEqualTo(nigeria.id());
    }

    @Test
    void aRedrawReplacesTheReviewersInTheRegisterAndTheDrawStillVerifies() throws Exception {
        Register register = register();
        StateListRoster states = Fixtures.realStates();
        RegisterHistory history = new RegisterHistory(register, CLOCK);
        DrawInputs inputs = new DrawInputs(states, Fixtures.uncac(), history,
                Fixtures.request(2026, "redraw", List.of("NGA", "FRA", "BRA"), Set.of()));
        DrawResult first = new LotDrawer().draw(inputs);
        record(history, first, states);
        register.reviews().setStage("uncac-2-BRA", ReviewStage.SELF_ASSESSMENT, "secretariat");

        DrawResult redrawn = new LotDrawer().redraw(first, inputs,
                new RedrawRequest("FRA", "FRA", Optional.empty(), "workload", false));
        record(history, redrawn, states);

        assertThat(register.reviews().find("uncac-2-FRA").orElseThrow().reviewingStates())
                .containsExactlyElementsOf(redrawn.reviewersOf("FRA", "uncac"))
                .doesNotContainAnyElementsOf(first.reviewersOf("FRA", "uncac"));
        assertThat(register.reviews().find("uncac-2-BRA").orElseThrow().stage()).isEqualTo(ReviewStage.SELF_ASSESSMENT);
        assertThat(register.events("uncac-2-FRA")).extracting(Event::action).containsExactly("review.created", "review.drawn");
        // The year's own reviews are not among its inputs, so the draw verifies after they were recorded.
        assertThat(new DrawVerifier().verify(redrawn, inputs).matches()).isTrue();
    }

    @Test
    void everyUntocInstrumentsReviewersCanBeReadFromTheRegister() throws Exception {
        PartyRoster roster = Fixtures.untocStates();
        DrawPolicy policy = Fixtures.untoc();
        List<String> under = List.of("SAA", "SAB", "SAC", "SAG", "SAK", "SAN", "SAQ", "SAU");
        int additional = 0;
        for (int seed = 0; seed < 5; seed++) {
            Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.resolve("u" + seed).toString())));
            DrawResult result = new LotDrawer().draw(new DrawInputs(roster, policy, ReviewHistory.none(),
                    Fixtures.request(2026, "untoc-" + seed, under, Set.of())));
            RegisterHistory history = new RegisterHistory(register, CLOCK);
            record(history, result, roster);

            Map<String, ReviewRecord> reviews = register.reviews().forInstrument("untoc").stream()
                    .collect(Collectors.toMap(ReviewRecord::id, r -> r));
            for (String u : under) {
                Party state = roster.find(u).orElseThrow();
                ReviewRecord review = reviews.get("untoc-2-" + u);
                for (String instrument : policy.instruments()) {
                    List<String> inRegister = review.reviewers().stream()
                            .filter(r -> r.instruments().contains(instrument))
                            .map(ReviewerAssignment::reviewingState).collect(Collectors.toList());
                    if (state.isPartyTo(instrument)) {
                        assertThat(inRegister).as("%s reviewers of %s, seed %d", instrument, u, seed)
                                .containsExactlyInAnyOrderElementsOf(result.reviewersOf(u, instrument));
                    } else {
                        assertThat(inRegister).as("%s is not party to %s", u, instrument).isEmpty();
                    }
                }
                additional += (int) review.reviewers().stream().filter(ReviewerAssignment::additional).count();
            }
            Fixtures.MemoryHistory memory = new Fixtures.MemoryHistory();
            memory.add(result);
            assertThat(sorted(history.reviews("untoc"))).isEqualTo(sorted(memory.reviews));
        }
        assertThat(additional).as("additional reviewers stored").isPositive();
    }

    @Test
    void drawsAndRedrawsGoIntoTheRegistersEventLogUnderTheDrawsName() {
        Register register = register();
        RegisterDrawLog log = new RegisterDrawLog(register);

        log.append(new DrawEvent(CLOCK.instant(), DrawEvent.Kind.DRAW, "uncac", 2, 2026, "secretariat",
                "Drew reviewers for 2 States under review with seed s", "cd".repeat(32)));
        log.append(new DrawEvent(CLOCK.instant(), DrawEvent.Kind.REDRAW_REFUSED, "uncac", 2, 2026, "NGA",
                "Redraw for NGA refused: at most 2", ""));

        assertThat(register.events("lots-uncac-c2-2026")).extracting(Event::action, Event::actor, Event::fileSha256)
                .containsExactly(Tuple.tuple("lots.draw", "secretariat", "cd".repeat(32)),
                        Tuple.tuple("lots.redraw-refused", "NGA", null));
    }

    @Test
    void anExecutiveSummaryCountsAsPublishedOnTheDayItsReviewReachedFinal() {
        Register register = register();
        register.reviews().create(NewReview.of("FRA", "uncac", 1, Language.FR, ReviewStage.DRAFT_REPORT,
                List.of(), List.of(), null, Instant.parse("2012-03-01T00:00:00Z")));
        register.reviews().create(NewReview.of("BRA", "uncac", 1, Language.ES, ReviewStage.DRAFT_REPORT,
                List.of(), List.of(), null, Instant.parse("2012-03-01T00:00:00Z")));
        register.reviews(Clock.fixed(Instant.parse("2013-05-07T10:00:00Z"), ZoneOffset.UTC))
                .setStage("uncac-1-FRA", ReviewStage.FINAL, "secretariat");
        register.reviews(Clock.fixed(Instant.parse("2014-01-02T10:00:00Z"), ZoneOffset.UTC))
                .setStage("uncac-1-FRA", ReviewStage.FOLLOW_UP, "secretariat");

        Map<String, LocalDate> published = new RegisterHistory(register, CLOCK).executiveSummaries("uncac", 1);

        assertThat(published).containsExactly(Map.entry("FRA", LocalDate.of(2013, 5, 7)));
    }

    @Test
    void aReviewMovedBackFromFinalHasNoPublishedSummary() {
        Register register = register();
        register.reviews().create(NewReview.of("FRA", "uncac", 1, Language.FR, ReviewStage.DRAFT_REPORT,
                List.of(), List.of(), null, Instant.parse("2012-03-01T00:00:00Z")));
        register.reviews().setStage("uncac-1-FRA", ReviewStage.FINAL, "secretariat");
        register.reviews().setStage("uncac-1-FRA", ReviewStage.DRAFT_REPORT, "secretariat");

        assertThat(new RegisterHistory(register, CLOCK).executiveSummaries("uncac", 1)).isEmpty();
    }

    private static List<String> sorted(List<PastReview> reviews) {
        return reviews.stream().map(PastReview::toString).sorted().collect(Collectors.toList());
    }

    @Test
    void anEntityInNoGroupKeepsItsProtocolWithTheFirstReviewerPartyToIt() {
        // Niue (no regional group) has two first reviewers from the same box; only the one not party
        // to the Firearms Protocol is complemented for it, the other still reviews it.
        List<Pairing> pairings = List.of(new Pairing("NIU", Role.GLOBAL, "untoc", "AAA", false),
                new Pairing("NIU", Role.GLOBAL, "untoc", "BBB", false),
                new Pairing("NIU", Role.GLOBAL, "fa", "CCC", true));
        ScheduledReview review = new ScheduledReview("untoc", 1, 2026, "NIU", List.of("untoc", "fa"), pairings, Map.of(),
                Map.of("AAA", Set.of("untoc", "fa"), "BBB", Set.of("untoc"), "CCC", Set.of("untoc", "fa")));

        assertThat(RegisterHistory.reviewers(review))
                .extracting(ReviewerAssignment::reviewingState, ReviewerAssignment::instruments)
                .containsExactly(Tuple.tuple("AAA", List.of("untoc", "fa")), Tuple.tuple("BBB", List.of("untoc")),
                        Tuple.tuple("CCC", List.of("fa")));
    }
}
