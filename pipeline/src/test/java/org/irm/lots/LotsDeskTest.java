package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lots desk without a command line: what a draw, a redraw and a dry run leave behind. */
class LotsDeskTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T09:00:00Z"), ZoneOffset.UTC);

    private static LotsDesk desk(DrawBook book) {
        return new LotsDesk(Fixtures.templates(), Optional.empty(), Optional.empty(), book, CLOCK);
    }

    @Test
    void aDrawIsPublishedRecordedLoggedAndVerifies(@TempDir Path history, @TempDir Path out) throws Exception {
        LotsDesk desk = desk(DrawBook.folder(history));
        DrawResult drawn = desk.draw("uncac", Fixtures.request(2026, "IRG-2026", List.of("NGA", "FRA", "BRA"), Set.of()),
                out);

        assertThat(out.resolve(drawn.name() + ".json")).exists();
        assertThat(out.resolve(drawn.name() + ".xlsx")).exists();
        assertThat(out.resolve(drawn.name() + ".docx")).exists();
        assertThat(new HistoryFolder(history).reviews("uncac")).hasSize(6);
        assertThat(Files.readString(history.resolve("events.jsonl")))
                .contains("\"kind\":\"draw\"", "2026-06-10T09:00:00Z", "with seed IRG-2026");
        assertThat(desk.verify(DrawRecordJson.read(out.resolve(drawn.name() + ".json"))).matches()).isTrue();
    }

    @Test
    void aRedrawRewritesTheRecordAndIsLoggedWithItsRequester(@TempDir Path history, @TempDir Path out) throws Exception {
        LotsDesk desk = desk(DrawBook.folder(history));
        DrawResult drawn = desk.draw("uncac", Fixtures.request(2026, "IRG-2026", List.of("NGA", "FRA", "BRA"), Set.of()),
                out);
        Path record = out.resolve(drawn.name() + ".json");

        Redraw done = desk.redraw(record, new RedrawRequest("FRA", "FRA", Optional.empty(), "workload", false));

        assertThat(done.replaced()).hasSize(2);
        assertThat(DrawRecordJson.read(record).redraws()).hasSize(1);
        assertThat(Files.readAllLines(history.resolve("events.jsonl"))).hasSize(2).last().asString()
                .contains("\"kind\":\"redraw\"", "\"actor\":\"FRA\"", "(workload)");
    }

    @Test
    void aDryRunWritesTheOutputsButRecordsAndLogsNothing(@TempDir Path history, @TempDir Path out) throws Exception {
        DrawResult drawn = desk(DrawBook.folder(history).dryRun())
                .draw("uncac", Fixtures.request(2026, "IRG-2026", List.of("NGA", "FRA"), Set.of()), out);

        assertThat(out.resolve(drawn.name() + ".json")).exists();
        assertThat(history).isEmptyDirectory();
    }

    @Test
    void aBlockedDrawIsLoggedAndThrown(@TempDir Path history, @TempDir Path out) throws Exception {
        // Every African State but Nigeria excluded: no reviewer from Nigeria's own group is left.
        Path policy = Files.writeString(out.resolve("policy.properties"), "reviewers.excluded=DZA,AGO,BEN,BWA,BFA,BDI,"
                + "CPV,CMR,CAF,TCD,COM,COG,CIV,COD,DJI,EGY,GNQ,ERI,SWZ,ETH,GAB,GMB,GHA,GIN,GNB,KEN,LSO,LBR,LBY,MDG,MWI,"
                + "MLI,MRT,MUS,MAR,MOZ,NAM,NER,RWA,STP,SEN,SYC,SLE,SOM,ZAF,SSD,SDN,TGO,TUN,UGA,TZA,ZMB,ZWE\n");
        LotsDesk desk = new LotsDesk(Fixtures.templates(), Optional.empty(), Optional.of(policy),
                DrawBook.folder(history), CLOCK);

        assertThatThrownBy(() -> desk.draw("uncac", Fixtures.request(2026, "s", List.of("NGA"), Set.of()), out))
                .isInstanceOf(DrawBlockedException.class);
        assertThat(Files.readString(history.resolve("events.jsonl"))).contains("\"kind\":\"blocked\"");
    }
}
