package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.register.RegisterCompactionTest.events;
import static org.irm.register.RegisterCompactionTest.file;
import static org.irm.register.RegisterCompactionTest.registerWithDeletedRows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm run's stop compacts the register once it has grown enough since its last compaction, and only then. */
class CompactionAtStopTest {

    private static final long MB = 1024L * 1024L;

    @TempDir
    Path home;

    @Test
    void theFirstStopCompactsARegisterAboveTheMinimumAndNotesItsSize() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        List<Event> before = events(database);
        long bytesBefore = Files.size(file(home));

        CompactionAtStop.Outcome outcome = new CompactionAtStop(database, new CompactionAtStop.Policy(2, 0)).compactIfDue();

        assertThat(outcome.compacted()).hasValueSatisfying(compacted -> {
            assertThat(compacted.bytesBefore()).isEqualTo(bytesBefore);
            assertThat(compacted.bytesAfter()).isLessThan(bytesBefore / 2);
        });
        assertThat(CompactionRecord.lastSize(file(home))).hasValue(Files.size(file(home)));
        assertThat(events(database)).isEqualTo(before);
    }

    @Test
    void laterStopsWaitUntilTheFileHasGrownToTheGivenTimesItsCompactedSize() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        CompactionAtStop stop = new CompactionAtStop(database, new CompactionAtStop.Policy(2, 0));
        long compacted = stop.compactIfDue().compacted().orElseThrow().bytesAfter();

        CompactionAtStop.Outcome soon = stop.compactIfDue();
        assertThat(soon.compacted()).isEmpty();
        assertThat(soon.why()).contains("2 times its").contains("after the last compaction");

        for (int batch = 0; Files.size(file(home)) < 2 * compacted; batch++) {
            assertThat(batch).as("the register doubled within 50 batches of 1,000 events").isLessThan(50);
            try (Register register = Register.open(database)) {
                KilledRegisterIT.writeMany(register, "test.more", "more-" + batch, 1_000);
            }
        }
        List<Event> before = events(database);
        assertThat(stop.compactIfDue().compacted()).isPresent();
        assertThat(events(database)).isEqualTo(before);
    }

    @Test
    void aRegisterBelowTheMinimumIsLeftAsItIs() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        String bytes = RegisterCompactionTest.sha256(file(home));

        CompactionAtStop.Outcome outcome = new CompactionAtStop(database, new CompactionAtStop.Policy(2, 1024 * MB)).compactIfDue();

        assertThat(outcome.compacted()).isEmpty();
        assertThat(outcome.why()).contains("the smallest worth compacting");
        assertThat(RegisterCompactionTest.sha256(file(home))).isEqualTo(bytes);
        assertThat(CompactionRecord.lastSize(file(home))).isEmpty();
    }

    @Test
    void growthZeroTurnsItOffAndAServerRegisterHasNothingToCompact() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        assertThat(new CompactionAtStop(database, new CompactionAtStop.Policy(0, 0)).compactIfDue().why())
                .contains("irm.register.compact.growth=0");

        RegisterDatabase server = new RegisterDatabase("jdbc:postgresql://localhost/irm", "irm", "");
        CompactionAtStop.Outcome outcome = new CompactionAtStop(server, new CompactionAtStop.Policy(2, 0)).compactIfDue();
        assertThat(outcome.compacted()).isEmpty();
        assertThat(outcome.why()).contains("not an embedded file");
    }

    @Test
    void aDamagedNoteCountsAsNoCompactionYet() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        Files.writeString(home.resolve("irm-data/register.compacted"), "bytes=twelve\n");

        assertThat(new CompactionAtStop(database, new CompactionAtStop.Policy(2, 0)).compactIfDue().compacted()).isPresent();
        assertThat(CompactionRecord.lastSize(file(home))).hasValue(Files.size(file(home)));
    }

    @Test
    void irmRunsRegisterIsClosedAndCompactedByIrmNotByH2() {
        RegisterDatabase file = new RegisterDatabase("jdbc:h2:file:/srv/irm/register;WRITE_DELAY=0", "irm", "");
        assertThat(file.closedAndCompactedByIrm().url())
                .isEqualTo("jdbc:h2:file:/srv/irm/register;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0");
        assertThat(file.closedAndCompactedByIrm().closedAndCompactedByIrm()).isEqualTo(file.closedAndCompactedByIrm());
        RegisterDatabase chosen = new RegisterDatabase("jdbc:h2:file:/srv/irm/register;db_close_on_exit=true;MAX_COMPACT_TIME=500", "irm", "");
        assertThat(chosen.closedAndCompactedByIrm()).isEqualTo(chosen);
        String sharedUrl = "jdbc:h2:file:" + home.resolve("shared/register") + ";AUTO_SERVER=TRUE";
        RegisterDatabase shared = new RegisterDatabase(sharedUrl, "irm", "");
        assertThat(shared.closedAndCompactedByIrm().url()).as("H2 refuses AUTO_SERVER=TRUE with DB_CLOSE_ON_EXIT=FALSE")
                .isEqualTo(sharedUrl + ";MAX_COMPACT_TIME=0");
        Register.open(shared.closedAndCompactedByIrm()).close();
        RegisterDatabase server = new RegisterDatabase("jdbc:postgresql://localhost/irm", "irm", "secret");
        assertThat(server.closedAndCompactedByIrm()).isEqualTo(server);
    }
}
