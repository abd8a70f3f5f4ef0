package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irm run} stopped by SIGTERM, as a service manager stops it, compacts its register once the routes
 * have stopped (when it has grown enough), keeps every return, and says so in its log; a stop with the
 * register below the size worth compacting leaves it alone and says why.
 */
class CompactionAtStopIT {

    private static final int FILES = 3;

    @TempDir
    Path home;

    @Test
    void aCleanStopCompactsTheRegisterOnceItHasGrownAndKeepsEveryReturn() throws Exception {
        Path config = ReturnsFixture.configFile(home, Map.of("irm.inbox.poll.ms", "100", "irm.inbox.settle.ms", "300",
                "irm.register.compact.min.mb", "0"));
        Path inbox = Files.createDirectories(home.resolve("watch-folders/inbox"));
        ReturnsFixture returns = new ReturnsFixture(home.resolve("fixtures"));

        try (IrmRunProcess first = IrmRunProcess.start("first", config)) {
            for (int i = 1; i <= FILES; i++) {
                Files.write(inbox.resolve("ken-" + i + ".docx"), returns.complete("KEN", Language.EN, i));
            }
            await("the inbox emptied", first, () -> docx(inbox) == 0);
            assertThat(first.stop()).as("irm run ends within a minute of SIGTERM\n" + first.log()).isTrue();
            assertThat(first.log()).contains("Compacted the register").contains("at stop:").contains("rows read back the same");
        }
        Path register = home.resolve("irm-data/register.mv.db");
        assertThat(home.resolve("irm-data/register.compacted")).content().contains("bytes=" + Files.size(register));
        assertThat(submissions()).isEqualTo(FILES);

        Files.writeString(config, "\nirm.register.compact.min.mb=1\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (IrmRunProcess second = IrmRunProcess.start("second", config)) {
            await("the routes started", second, () -> second.log().contains("Running; stop with"));
            assertThat(second.stop()).as("irm run ends within a minute of SIGTERM\n" + second.log()).isTrue();
            assertThat(second.log()).contains("Register not compacted at stop").contains("irm.register.compact.min.mb")
                    .doesNotContain("Compacted the register");
        }
        assertThat(submissions()).isEqualTo(FILES);
    }

    private static void await(String what, IrmRunProcess process, Callable<Boolean> done) {
        Eventually.await(what, Duration.ofSeconds(180), () -> {
            if (!process.alive()) {
                throw new AssertionError("irm run ended before " + what + "\n" + process.log());
            }
            return done.call();
        });
    }

    private static long docx(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".docx")).count();
        }
    }

    private int submissions() throws Exception {
        String url = "jdbc:h2:file:" + home.resolve("irm-data/register").toAbsolutePath() + ";AUTO_SERVER=FALSE";
        try (Connection connection = DriverManager.getConnection(url, "irm", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM submission")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
