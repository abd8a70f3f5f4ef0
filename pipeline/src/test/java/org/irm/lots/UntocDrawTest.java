package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * UNTOC: four instruments (the Convention, three Protocols) with partial adherence. Every
 * instrument a State under review is party to gets two reviewers party to it, one from its group
 * and one from another, additional ones drawn where a first reviewer is not party.
 */
class UntocDrawTest {

    private static final List<String> PROTOCOLS = List.of("tip", "som", "fa");
    private static PartyRoster roster;
    private static Map<String, Party> byCode;

    /** 30 States; adherence to each Protocol follows a different pattern so that many pairs differ. */
    @BeforeAll
    static void buildList() throws Exception {
        roster = Fixtures.untocStates();
        byCode = roster.parties().stream().collect(Collectors.toMap(Party::iso3, p -> p));
    }

    @Test
    void everyInstrumentOfEveryStateUnderReviewHasTwoReviewersPartyToIt() throws Exception {
        List<String> under = List.of("SAA", "SAB", "SAC", "SAG", "SAK", "SAN", "SAQ", "SAU");
        DrawPolicy policy = Fixtures.untoc();
        int additional = 0;
        for (int seed = 0; seed < 50; seed++) {
            DrawResult result = new LotDrawer().draw(new DrawInputs(roster, policy, ReviewHistory.none(),
                    Fixtures.request(2026, "untoc-" + seed, under, Set.of())));
            for (String u : under) {
                Party state = byCode.get(u);
                for (String instrument : policy.instruments()) {
                    if (!state.isPartyTo(instrument)) {
                        continue;
                    }
                    List<Party> reviewers = result.reviewersOf(u, instrument).stream().map(byCode::get)
                            .collect(Collectors.toList());
                    assertThat(reviewers).as("%s reviewers of %s", instrument, u).hasSize(2)
                            .allMatch(r -> r.isPartyTo(instrument) && r.isPartyTo("untoc") && !r.iso3().equals(u));
                    assertThat(reviewers).filteredOn(r -> r.regionalGroup().equals(state.regionalGroup())).hasSize(1);
                }
                additional += (int) result.pairingsOf(u).stream().filter(Pairing::additional).count();
                assertThat(result.pairingsOf(u)).filteredOn(p -> !p.additional())
                        .extracting(Pairing::role).containsExactlyInAnyOrder(Role.SAME_GROUP, Role.OTHER_GROUP);
                assertThat(result.pairingsOf(u)).filteredOn(Pairing::additional)
                        .allMatch(p -> PROTOCOLS.contains(p.instrument()) && state.isPartyTo(p.instrument()));
            }
        }
        assertThat(additional).as("additional draws where a first reviewer is not party").isPositive();
    }

    @Test
    void anAdditionalReviewerIsDrawnOnlyWhereAFirstReviewerIsNotParty() throws Exception {
        List<String> under = List.of("SAA", "SAB", "SAC", "SAG");
        DrawResult result = new LotDrawer().draw(new DrawInputs(roster, Fixtures.untoc(), ReviewHistory.none(),
                Fixtures.request(2026, "untoc", under, Set.of())));
        for (Pairing extra : result.pairings().stream().filter(Pairing::additional).collect(Collectors.toList())) {
            Pairing first = result.pairingsOf(extra.underReview()).stream()
                    .filter(p -> !p.additional() && p.role() == extra.role()).findFirst().orElseThrow();
            assertThat(byCode.get(first.reviewer()).isPartyTo(extra.instrument())).isFalse();
        }
    }

    @Test
    void aStateNotPartyToTheConventionIsNeverDrawn() throws Exception {
        List<String> under = List.of("SAA", "SAB", "SAC", "SAD", "SAE", "SAF");
        for (int seed = 0; seed < 20; seed++) {
            DrawResult result = new LotDrawer().draw(new DrawInputs(roster, Fixtures.untoc(), ReviewHistory.none(),
                    Fixtures.request(2026, "n" + seed, under, Set.of())));
            assertThat(result.pairings()).extracting(Pairing::reviewer).doesNotContain("SBD");
        }
    }
}
