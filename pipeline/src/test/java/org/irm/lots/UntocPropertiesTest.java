package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 200-seed rule checks for UNTOC with the shipped States list: each phase's parties ordered
 * into its three review years (regionally balanced), each year drawn with the history growing, every
 * rule checked on every draw. The shipped list knows Convention adherence only, so the shipped
 * policy refuses a State under review whose Protocol columns are empty; the checks run with the
 * Convention alone as shipped, and with the Protocol columns filled in by a seeded pattern.
 */
class UntocPropertiesTest {

    private static final int SEEDS = 200;
    private static final List<String> PROTOCOLS = List.of("tip", "som", "fa");

    @Test
    void theShippedPolicyRefusesAStateUnderReviewWhoseProtocolAdherenceIsNotKnownNamingStateAndColumn()
            throws Exception {
        DrawInputs inputs = new DrawInputs(Fixtures.realStates(), Fixtures.untoc(), ReviewHistory.none(),
                Fixtures.request(2026, "s", List.of("BRA"), Set.of()));

        assertThatThrownBy(() -> new LotDrawer().draw(inputs)).isInstanceOf(LotsInputException.class)
                .hasMessageStartingWith("The States list does not say whether BRA (Brazil) is party to tip:"
                        + " its column tip_party is empty");
    }

    @Test
    void everyRuleHoldsInEveryUntocDrawOfAPhaseUnderTwoHundredSeedsWithTheShippedList() throws Exception {
        StateListRoster states = Fixtures.realStates();
        DrawPolicy policy = Fixtures.with(Fixtures.untoc(), "instruments", "untoc");
        Outcome outcome = run(states, policy);
        assertThat(outcome.blocked()).as("phases with a blocked draw").isZero();
        assertThat(outcome.widened()).as("draws that needed wider boxes").isLessThan(SEEDS * 3 / 2);
    }

    @Test
    void everyRuleHoldsWithTheFourInstrumentsOnceTheProtocolColumnsAreFilled() throws Exception {
        PartyRoster states = withProtocols();
        Outcome outcome = run(states, Fixtures.untoc());
        // With additional reviewers for the Protocols the cap of three can leave a small group
        // without a reviewer in its last year; such a draw is refused naming the rule, never made.
        assertThat(outcome.blocked()).as("phases with a blocked draw").isLessThanOrEqualTo(SEEDS / 10);
        assertThat(outcome.drawn()).as("draws made and checked").isGreaterThan(SEEDS * 3 * 9 / 10);
    }

    /** How the draws of every seed went. */
    private record Outcome(int drawn, int widened, int blocked) {
    }

    /** Draws the three review years of a phase under every seed, checking every rule of every draw made. */
    private static Outcome run(PartyRoster states, DrawPolicy policy) {
        Map<String, Party> byCode = states.parties().stream().collect(Collectors.toMap(Party::iso3, p -> p));
        LotDrawer drawer = new LotDrawer();
        int widened = 0;
        int drawn = 0;
        int blocked = 0;
        for (int s = 0; s < SEEDS; s++) {
            List<List<String>> years = new ReviewYears().plan(states, policy, ReviewHistory.none(), 2,
                    ReviewYears.Option.NEW_DRAW, "phase-" + s);
            assertThat(years).hasSize(3);
            checkRegionalBalance(years, byCode);
            Fixtures.MemoryHistory history = new Fixtures.MemoryHistory();
            Map<String, Integer> counts = new HashMap<>();
            Set<String> directions = new HashSet<>();
            for (int y = 0; y < years.size(); y++) {
                DrawResult result;
                try {
                    result = drawer.draw(new DrawInputs(states, policy, history,
                            Fixtures.request(2026 + y, "seed-" + s, years.get(y), Set.of())));
                } catch (DrawBlockedException e) {
                    blocked++;
                    break;
                }
                checkRules(result, policy, states, byCode, counts, directions);
                drawn++;
                widened += result.level() > 0 ? 1 : 0;
                history.add(result);
            }
            assertThat(counts.values()).allMatch(n -> n <= policy.capPerCycle());
        }
        return new Outcome(drawn, widened, blocked);
    }

    /** Each year holds as many of each regional group as any other year, give or take one. */
    private static void checkRegionalBalance(List<List<String>> years, Map<String, Party> byCode) {
        Map<String, int[]> perGroup = new HashMap<>();
        for (int y = 0; y < years.size(); y++) {
            for (String code : years.get(y)) {
                perGroup.computeIfAbsent(byCode.get(code).regionalGroup(), g -> new int[years.size()])[y]++;
            }
        }
        perGroup.forEach((group, counts) -> {
            int min = java.util.Arrays.stream(counts).min().orElseThrow();
            int max = java.util.Arrays.stream(counts).max().orElseThrow();
            assertThat(max - min).as("spread of %s over the years", group).isLessThanOrEqualTo(1);
        });
        int min = years.stream().mapToInt(List::size).min().orElseThrow();
        int max = years.stream().mapToInt(List::size).max().orElseThrow();
        assertThat(max - min).as("spread of the years' totals").isLessThanOrEqualTo(1);
    }

    private static void checkRules(DrawResult result, DrawPolicy policy, PartyRoster roster, Map<String, Party> byCode,
                                   Map<String, Integer> counts, Set<String> directions) {
        for (String u : result.request().underReview()) {
            Party state = byCode.get(u);
            assertThat(state.isPartyTo("untoc")).as("%s under review is party", u).isTrue();
            List<Pairing> own = result.pairingsOf(u);
            List<Pairing> first = own.stream().filter(p -> !p.additional()).toList();
            if (state.hasGroup()) {
                assertThat(first).extracting(Pairing::role).containsExactlyInAnyOrder(Role.SAME_GROUP, Role.OTHER_GROUP);
            } else {
                assertThat(first).extracting(Pairing::role).containsOnly(Role.GLOBAL).hasSize(2);
            }
            for (String instrument : policy.instruments()) {
                if (!state.isPartyTo(instrument)) {
                    continue;
                }
                List<Party> reviewers = result.reviewersOf(u, instrument, roster).stream().map(byCode::get).toList();
                assertThat(reviewers).as("%s reviewers of %s", instrument, u).hasSize(2)
                        .allMatch(r -> r.isPartyTo(instrument) && r.isPartyTo("untoc") && !r.iso3().equals(u));
                if (state.hasGroup()) {
                    assertThat(reviewers).filteredOn(r -> r.regionalGroup().equals(state.regionalGroup())).hasSize(1);
                }
            }
            for (Pairing p : own) {
                Party reviewer = byCode.get(p.reviewer());
                assertThat(reviewer.adherenceUnknown("untoc")).as("%s adherence unknown", p.reviewer()).isFalse();
                assertThat(directions).as("mutual review %s-%s", u, p.reviewer()).doesNotContain(u + ">" + p.reviewer());
            }
            for (String reviewer : own.stream().map(Pairing::reviewer).distinct().toList()) {
                directions.add(reviewer + ">" + u);
                counts.merge(reviewer, 1, Integer::sum);
            }
        }
    }

    /** The shipped list with each Protocol column filled from a seeded pattern (about 9 in 10 parties). */
    private static PartyRoster withProtocols() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.statesFile(), StandardCharsets.UTF_8);
        Random random = new Random(19);
        StringBuilder csv = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("iso3,")) {
                csv.append(line).append('\n');
                continue;
            }
            String[] cells = line.split(",", -1);
            StringBuilder filled = new StringBuilder(line.substring(0, line.length() - 3));
            for (int i = 0; i < PROTOCOLS.size(); i++) {
                filled.append(',').append(random.nextInt(10) != 0);
            }
            assertThat(cells[cells.length - 1]).isEmpty();
            csv.append(filled).append('\n');
        }
        return StateListRoster.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "states.csv with Protocols");
    }
}
