package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.irm.config.IrmConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded register killed with kill -9 while other threads commit: on a small register whose
 * URL lets H2 delay writes, every write reported done after {@link Register#persist} is there when
 * the register is opened again (without persist, this test loses the last writes). It is not a
 * proof that H2 keeps every commit: once its file grows and reuses free space, H2 can lose commits
 * made and checkpointed before a kill; the intake's arrival records cover that
 * ({@code submission.LostRegisterWritesTest}).
 */
class KilledRegisterIT {

    private static final int ROUNDS = 5;

    @TempDir
    Path home;

    @Test
    void everyWritePersistedBeforeAKillIsThereAfterIt() throws Exception {
        List<String> lost = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Path register = home.resolve("round-" + round);
            List<String> done = runAndKill(register, 2 + round);
            try (Register reopened = Register.open(settings(register.toString()))) {
                done.stream().filter(subject -> reopened.events(subject).isEmpty()).map(s -> "a kill: " + s)
                        .forEach(lost::add);
            }
        }
        assertThat(lost).as("writes reported done after persist(), missing after a kill").isEmpty();
    }

    /** Starts a writer process on the register and kills it right after it reported its {@code writes}-th write done. */
    private List<String> runAndKill(Path register, int writes) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-Dirm.test.noPersist=" + Boolean.getBoolean("irm.test.noPersist"), "-cp",
                System.getProperty("java.class.path"), PersistingWriter.class.getName(), register.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> done = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("done ")) {
                    done.add(line.substring(5));
                    if (done.size() == writes) {
                        writer.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(done).as("writes reported done before the kill (the writer ended early?)").hasSize(writes);
        return done;
    }

    /**
     * A register whose URL lets H2 write commits in the background (its default delay of 500 ms,
     * as a secretariat might configure it for speed): what survives a kill then rests on
     * {@link Register#persist} alone.
     */
    static IrmConfig settings(String home) {
        return IrmConfig.of(Map.of("irm.home", home, "irm.db.url", "jdbc:h2:file:./irm-data/register;AUTO_SERVER=FALSE"));
    }

    /** Many rows in one transaction, as a return's answers are: the subject is on the last. */
    static void writeMany(Register register, String action, String subject, int rows) {
        register.transactions().write("write " + subject, connection -> {
            for (int row = 1; row < rows; row++) {
                EventLog.append(connection, Event.of(Instant.now(), "test", action + ".row", subject + "/" + row, null, "x".repeat(100)));
            }
            EventLog.append(connection, Event.of(Instant.now(), "test", action, subject, null, null));
            return null;
        });
    }

    /** The process that is killed: two threads append events without pause, one persists each of its own and says so. */
    public static final class PersistingWriter {

        public static void main(String[] args) throws Exception {
            Register register = Register.open(settings(args[0]));
            System.out.println("open");
            System.out.flush();
            for (int t = 0; t < 2; t++) {
                String name = "busy-" + t;
                Thread busy = new Thread(() -> {
                    for (int i = 0; ; i++) {
                        writeMany(register, "test.busy", name + "-" + i, 200);
                    }
                });
                busy.setDaemon(true);
                busy.start();
            }
            for (int i = 0; ; i++) {
                String subject = "reported-" + i;
                writeMany(register, "test.reported", subject, 100);
                if (!Boolean.getBoolean("irm.test.noPersist")) {
                    register.persist();
                }
                System.out.println("done " + subject);
                System.out.flush();
            }
        }
    }
}
