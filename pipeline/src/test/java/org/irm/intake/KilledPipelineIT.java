package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.register.IntakeRegister;
import org.irm.register.Register;
import org.irm.submission.ArrivalRecords;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irm run} as its own process, killed with kill -9 in the middle of a batch and started
 * again: every file ends registered exactly once and answered.
 */
class KilledPipelineIT {

    private static final int FILES = 16;

    @TempDir
    Path home;

    @Test
    void aPipelineKilledMidBatchLosesNothingAndDuplicatesNothingOnceRestarted() throws Exception {
        Path config = ReturnsFixture.configFile(home, Map.of("irm.inbox.poll.ms", "100", "irm.inbox.settle.ms", "300"));
        ReturnsFixture returns = new ReturnsFixture(home.resolve("fixtures"));
        Map<String, byte[]> files = new HashMap<>();
        for (int i = 1; i <= FILES; i++) {
            files.put("ken-" + i + ".docx", i % 6 == 0 ? ReturnsFixture.text(i) : returns.complete("KEN", Language.EN, i));
        }
        Path inbox = Files.createDirectories(home.resolve("watch-folders/inbox"));
        Path archive = home.resolve("watch-folders/archive");

        Process first = start(config, "first");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(inbox.resolve(file.getKey()), file.getValue());
        }
        waitFor("some files archived, others still waiting", first, () -> count(archive) >= 4);
        assertThat(count(inbox)).as("killed in the middle of the batch").isPositive();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int leftByTheKill = count(inbox);

        Process second = start(config, "second");
        waitFor("the inbox emptied after the restart", second, () -> count(inbox) == 0);
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("irm run stops on SIGTERM").isTrue();

        assertThat(leftByTheKill).isPositive();
        Register register = Register.open(IrmConfig.load(config, Map.of()));
        IntakeRegister intake = new IntakeRegister(register);
        assertThat(FileOutcomes.problems(register, files)).isEmpty();
        assertThat(submissions(config)).as("each file registered exactly once").isEqualTo(FILES);
        // Originals only: a copy the kill cut short leaves its temporary file, which is no original.
        assertThat(archived(archive)).isEqualTo(FILES);
        assertThat(intake.unanswered()).isEmpty();
    }

    private Process start(Path config, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.irm.cli.Irm", "run", "--config", config.toString());
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile()).start();
    }

    private void waitFor(String what, Process process, BooleanSupplier done) throws Exception {
        try {
            Eventually.await(what, Duration.ofSeconds(180), () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("irm run ended (exit " + process.exitValue() + ") before " + what);
                }
                return done.getAsBoolean();
            });
        } catch (AssertionError notThere) {
            process.destroyForcibly();
            throw new AssertionError(notThere.getMessage() + "\n" + logs(), notThere);
        }
    }

    private String logs() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String name : new String[] {"first.log", "second.log"}) {
            Path log = home.resolve(name);
            if (Files.exists(log)) {
                all.append("--- ").append(name).append('\n').append(Files.readString(log));
            }
        }
        return all.toString();
    }

    private static long archived(Path archive) throws IOException {
        try (Stream<Path> files = Files.list(archive)) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).count();
        }
    }

    private static int count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile)
                    // the archive's arrival records are not files received
                    .filter(f -> !f.getParent().getFileName().toString().equals(ArrivalRecords.FOLDER)).count();
        } catch (IOException | UncheckedIOException e) {
            return -1; // a file went away while the folder was read: look again
        }
    }

    private int submissions(Path config) throws Exception {
        IrmConfig irm = IrmConfig.load(config, Map.of());
        String url = "jdbc:h2:file:" + home.resolve("irm-data").resolve("register").toAbsolutePath() + ";AUTO_SERVER=FALSE";
        try (Connection connection = DriverManager.getConnection(url, irm.get(Setting.DB_USER),
                irm.get(Setting.DB_PASSWORD));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM submission")) {
            rows.next();
            return rows.getInt(1);
        }
    }

}
