package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.irm.config.IrmConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compaction shrinks the register's file, keeps every row, and keeps nothing it could not check. */
class RegisterCompactionTest {

    @TempDir
    Path home;

    @Test
    void aRegisterWithManyRowsWrittenAndDeletedShrinksAndReadsBackTheSame() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        List<Event> before = events(database);
        long bytesBefore = Files.size(file(home));

        CompactedRegister compacted = new RegisterCompaction(database).compact();

        assertThat(compacted.bytesBefore()).isEqualTo(bytesBefore);
        assertThat(compacted.bytesAfter()).isEqualTo(Files.size(file(home))).isLessThan(bytesBefore / 2);
        assertThat(compacted.rows()).isGreaterThan(1_000);
        assertThat(events(database)).isEqualTo(before);
        assertThat(workFiles(home)).isEmpty();
    }

    @Test
    void aRegisterOpenInAnotherProcessIsRefusedAndLeftAsItWas() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        List<Event> before = events(database);
        Process holder = holdOpen(home);
        try {
            assertThatThrownBy(() -> new RegisterCompaction(database).compact())
                    .isInstanceOfSatisfying(CompactionRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo(CompactionRefused.Reason.IN_USE))
                    .hasMessageContaining(file(home).toString())
                    .hasMessageContaining("open in another process")
                    .hasMessageContaining("stop irm run and irm serve");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).as("the holder closed the register").isTrue();
        }
        assertThat(events(database)).isEqualTo(before);
        assertThat(workFiles(home)).isEmpty();
    }

    @Test
    void aRegisterStillOpenInThisProcessIsRefused() {
        Register register = Register.open(settings(home));
        try {
            assertThatThrownBy(() -> new RegisterCompaction(RegisterDatabase.from(settings(home))).compact())
                    .isInstanceOf(CompactionRefused.class).hasMessageContaining("still open in this process");
        } finally {
            register.close();
        }
    }

    @Test
    void aCompactedCopyMissingARowIsDroppedAndTheRegisterLeftAsItWas() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        String bytes = sha256(file(home));

        assertThatThrownBy(() -> new RegisterCompaction(database,
                copy -> execute(copy, "DELETE FROM event WHERE id = (SELECT MAX(id) FROM event)")).compact())
                .isInstanceOfSatisfying(CompactionRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CompactionRefused.Reason.COPY_DIFFERS))
                .hasMessageContaining("table \"PUBLIC\".\"EVENT\" has ")
                .hasMessageContaining("rows in the original")
                .hasMessageContaining("left as it was");

        assertThat(sha256(file(home))).isEqualTo(bytes);
        assertThat(workFiles(home)).isEmpty();
    }

    @Test
    void aCompactedCopyWithAnAlteredValueIsDroppedAndTheRegisterLeftAsItWas() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        String bytes = sha256(file(home));

        assertThatThrownBy(() -> new RegisterCompaction(database,
                copy -> execute(copy, "UPDATE event SET detail = 'y' WHERE id = (SELECT MIN(id) FROM event)")).compact())
                .isInstanceOf(CompactionRefused.class)
                .hasMessageContaining("table \"PUBLIC\".\"EVENT\" has the same number of rows")
                .hasMessageContaining("not the same values");

        assertThat(sha256(file(home))).isEqualTo(bytes);
    }

    @Test
    void aCompactedCopyWhoseIdentityCounterWentBackIsDropped() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);

        assertThatThrownBy(() -> new RegisterCompaction(database,
                copy -> execute(copy, "ALTER TABLE event ALTER COLUMN id RESTART WITH 1")).compact())
                .isInstanceOf(CompactionRefused.class).hasMessageContaining("the schema differs");
    }

    @Test
    void aRegisterOnADatabaseServerHasNothingToCompact() {
        RegisterDatabase postgres = new RegisterDatabase("jdbc:postgresql://db.example.org/irm", "irm", "");

        assertThat(RegisterCompaction.fileOf(postgres)).isEmpty();
        assertThatThrownBy(() -> new RegisterCompaction(postgres).compact())
                .isInstanceOfSatisfying(CompactionRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CompactionRefused.Reason.SERVER_DATABASE))
                .hasMessageContaining("jdbc:postgresql://db.example.org/irm").hasMessageContaining("nothing to compact");
    }

    @Test
    void theWorkFilesAKilledCompactionLeftAreRemovedByTheNext() throws Exception {
        RegisterDatabase database = registerWithDeletedRows(home);
        Files.writeString(home.resolve("irm-data/register-compacting.mv.db"), "half a copy");
        Files.writeString(home.resolve("irm-data/register-compacting.trace.db"), "trace");

        new RegisterCompaction(database).compact();

        assertThat(workFiles(home)).isEmpty();
    }

    /**
     * The default register, except that H2 does not compact the file when it closes: as in a register
     * {@code irm run} kept open for weeks, whose file H2's short compaction at close (200 ms) barely touches.
     */
    static IrmConfig settings(Path home) {
        return IrmConfig.of(Map.of("irm.home", home.toString(),
                "irm.db.url", "jdbc:h2:file:./irm-data/register;AUTO_SERVER=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0"));
    }

    static Path file(Path home) {
        return home.resolve("irm-data/register.mv.db");
    }

    /** A closed register that had 10,000 events written, 9,000 of them deleted again. */
    static RegisterDatabase registerWithDeletedRows(Path home) {
        RegisterDatabase database = RegisterDatabase.from(settings(home));
        try (Register register = Register.open(database)) {
            for (int batch = 0; batch < 10; batch++) {
                KilledRegisterIT.writeMany(register, "test.kept", "batch-" + batch, 1_000);
            }
            register.transactions().write("delete rows", connection -> {
                execute(connection, "DELETE FROM event WHERE MOD(id, 10) <> 0");
                return null;
            });
        }
        return database;
    }

    static List<Event> events(RegisterDatabase database) {
        try (Register register = Register.open(database)) {
            return register.events();
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static List<Path> workFiles(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("irm-data"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("register-compacting")).toList();
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Starts a process that opens the register under home and keeps it open until its standard input is closed. */
    private static Process holdOpen(Path home) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RegisterHolder.class.getName(),
                home.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).as("the holder's first line").isEqualTo("open");
        return holder;
    }

    /** The process that has the register open, as irm run would. */
    public static final class RegisterHolder {
        public static void main(String[] args) throws Exception {
            try (Register register = Register.open(settings(Path.of(args[0])))) {
                System.out.println("open");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // holds the register open until the test closes this process's input
                }
            }
        }
    }
}
