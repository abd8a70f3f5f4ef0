package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compaction killed with kill -9 at random moments (while copying, while H2 compacts the copy,
 * while the copy is checked, around the rename) never leaves the register missing, unreadable or
 * different: after each kill it holds the same schema and rows as before the first.
 */
class KilledCompactionIT {

    private static final int KILLS = 10;

    @TempDir
    Path home;

    @Test
    void aCompactionKilledAtAnyMomentLeavesTheRegisterWholeAndTheSame() throws Exception {
        RegisterDatabase database = RegisterCompactionTest.registerWithDeletedRows(home);
        try (Register register = Register.open(database)) { // a register that takes the compaction a while
            for (int batch = 0; batch < 60; batch++) {
                KilledRegisterIT.writeMany(register, "test.more", "more-" + batch, 1_000);
            }
        }
        RegisterContents before = contents(home);
        long took = runToTheEnd(home);
        Random random = new Random();
        List<String> broken = new ArrayList<>();
        int killedBeforeTheEnd = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            long after = (long) (random.nextDouble() * took);
            if (!killAfter(home, after)) {
                killedBeforeTheEnd++;
            }
            Path file = RegisterCompactionTest.file(home);
            if (!Files.isRegularFile(file)) {
                broken.add("kill " + kill + " after " + after + " ms: the register's file is missing");
                continue;
            }
            List<String> differences = before.differencesFrom(contents(home));
            if (!differences.isEmpty()) {
                broken.add("kill " + kill + " after " + after + " ms: " + differences);
            }
        }
        assertThat(broken).as("registers broken by a kill").isEmpty();
        assertThat(killedBeforeTheEnd).as("kills that came before the compaction ended").isPositive();
        new RegisterCompaction(database).compact();
        assertThat(RegisterCompactionTest.workFiles(home)).isEmpty();
        assertThat(before.differencesFrom(contents(home))).isEmpty();
    }

    /** How long a whole compaction takes in a process of its own, from its start to its end. */
    private static long runToTheEnd(Path home) throws Exception {
        long started = System.nanoTime();
        Process compaction = start(home);
        assertThat(compaction.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(compaction.exitValue()).as("a compaction left alone").isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Starts a compaction and kills it (kill -9) after that many milliseconds; whether it had finished by then. */
    private static boolean killAfter(Path home, long millis) throws Exception {
        Process compaction = start(home);
        boolean ended = compaction.waitFor(millis, TimeUnit.MILLISECONDS);
        // Killing the process closes its output: whether it said it was done is read first.
        boolean said = new String(compaction.getInputStream().readNBytes(compaction.getInputStream().available()),
                StandardCharsets.UTF_8).startsWith("compacted");
        compaction.destroyForcibly();
        assertThat(compaction.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return ended || said;
    }

    private static Process start(Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Compaction.class.getName(),
                home.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** What the register holds, read as the compaction reads it (read-only, so reading changes nothing). */
    private static RegisterContents contents(Path home) throws Exception {
        String name = RegisterCompactionTest.file(home).toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + name + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r",
                "irm", "")) {
            return RegisterContents.of(connection);
        }
    }

    /** The process that is killed: one compaction of the register under the home it is given. */
    public static final class Compaction {
        public static void main(String[] args) {
            new RegisterCompaction(RegisterDatabase.from(RegisterCompactionTest.settings(Path.of(args[0])))).compact();
            System.out.println("compacted");
            System.out.flush();
        }
    }
}
