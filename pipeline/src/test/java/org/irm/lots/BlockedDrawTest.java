package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the rules cannot be met, the draw names the blocking rule and States, and stops. */
class BlockedDrawTest {

    private static final String HEADER = "iso3,name,regional_group,uncac_party,un_member,entity_type\n";

    private static PartyRoster roster(String rows) throws Exception {
        return StateListRoster.read(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)), "test");
    }

    /** Two small groups and a larger one, so the global box is never the problem. */
    private static final String WORLD = "AAA,Aland,Tiny,true,true,UN member State\n"
            + "BBB,Bland,Tiny,true,true,UN member State\n"
            + "CCC,Cland,Tiny,true,true,UN member State\n"
            + "DDD,Dland,Big,true,true,UN member State\n"
            + "EEE,Eland,Big,true,true,UN member State\n"
            + "FFF,Fland,Big,true,true,UN member State\n"
            + "GGG,Gland,Big,true,true,UN member State\n";

    @Test
    void aGroupWhoseStatesAllReachedTheCapNamesTheCap() throws Exception {
        Fixtures.MemoryHistory history = new Fixtures.MemoryHistory();
        for (String reviewer : List.of("BBB", "CCC")) {
            for (String u : List.of("DDD", "EEE", "FFF")) {
                history.reviews.add(new PastReview("uncac", 2, 2026, u, reviewer, "uncac"));
            }
        }
        DrawInputs inputs = new DrawInputs(roster(WORLD), Fixtures.uncac(), history,
                Fixtures.request(2027, "seed", List.of("AAA"), Set.of()));

        DrawBlockedException blocked = catchThrowableOfType(DrawBlockedException.class,
                () -> new LotDrawer().draw(inputs));

        assertThat(blocked.blockage().rule()).isEqualTo(Rule.CAP);
        assertThat(blocked.blockage().states()).containsExactly("AAA");
        assertThat(blocked.getMessage()).isEqualTo("No reviewer from the Tiny group for AAA: all 3 candidates"
                + " are excluded — 2 by the cap (3 per cycle), 1 itself");
    }

    @Test
    void twoStatesThatCouldOnlyReviewEachOtherNameTheMutualReviewRule() throws Exception {
        String rows = "AAA,Aland,Pair,true,true,UN member State\n"
                + "BBB,Bland,Pair,true,true,UN member State\n"
                + "DDD,Dland,Big,true,true,UN member State\n"
                + "EEE,Eland,Big,true,true,UN member State\n"
                + "FFF,Fland,Big,true,true,UN member State\n";
        DrawInputs inputs = new DrawInputs(roster(rows), Fixtures.uncac(), ReviewHistory.none(),
                Fixtures.request(2026, "seed", List.of("AAA", "BBB"), Set.of()));

        DrawBlockedException blocked = catchThrowableOfType(DrawBlockedException.class,
                () -> new LotDrawer().draw(inputs));

        assertThat(blocked.blockage().rule()).isEqualTo(Rule.MUTUAL);
        assertThat(blocked.getMessage()).contains("from the Pair group for")
                .contains("1 by mutual review");
    }

    @Test
    void aGroupWithTooFewReviewsLeftUnderTheCapSaysSo() throws Exception {
        DrawInputs inputs = new DrawInputs(roster(WORLD), Fixtures.with(Fixtures.uncac(), "cap.perCycle", "1"),
                ReviewHistory.none(), Fixtures.request(2026, "seed", List.of("AAA", "BBB", "CCC"), Set.of("AAA")));

        DrawBlockedException blocked = catchThrowableOfType(DrawBlockedException.class,
                () -> new LotDrawer().draw(inputs));

        assertThat(blocked.blockage().rule()).isEqualTo(Rule.CAP);
        assertThat(blocked.getMessage()).startsWith("The Tiny group cannot provide the 3 reviews asked of it");
    }

    @Test
    void aStateUnderReviewWithNoGroupIsRefusedWhenThePolicySaysBlock() throws Exception {
        String rows = WORLD + "ZZZ,Zland,,true,false,non-member State\n";
        DrawInputs inputs = new DrawInputs(roster(rows), Fixtures.with(Fixtures.uncac(), "ungrouped", "block"),
                ReviewHistory.none(), Fixtures.request(2026, "seed", List.of("ZZZ"), Set.of()));

        DrawBlockedException blocked = catchThrowableOfType(DrawBlockedException.class,
                () -> new LotDrawer().draw(inputs));

        assertThat(blocked.blockage().rule()).isEqualTo(Rule.REGIONAL_GROUP);
        assertThat(blocked.blockage().states()).containsExactly("ZZZ");
    }
}
