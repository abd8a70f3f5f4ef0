package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.register.Event;
import org.irm.register.IntakeRegister;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.irm.submission.ArrivalRecords;
import org.irm.testsupport.Eventually;
import org.irm.testsupport.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code irm run} processes, a and b, on one shared inbox and one PostgreSQL register (as in
 * production, DESIGN.md "Beyond one machine"); a is killed with kill -9 while it holds claims on
 * files it has not finished. Every file still ends registered exactly once and answered: what a
 * had claimed is finished by b once a's claims expire, or at once by a restarted under its own
 * name. The only "already received" answers allowed are for files a had answered but not yet
 * removed from the inbox when it died.
 */
class KilledInstanceOnSharedInboxIT {

    private static final int FILES = 16;
    /** A claim key: {@code file:} + the file's absolute path + its size and modification time. */
    private static final Pattern FILE_CLAIM = Pattern.compile("file:(.+)-\\d+-\\d+");

    @TempDir
    Path home;

    private final RegisterDatabase database = PostgresServer.freshDatabase();
    private final List<IrmRunProcess> running = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    @AfterEach
    void stopWhatIsLeft() {
        running.forEach(IrmRunProcess::close);
    }

    @Test
    void whatAKilledInstanceHadClaimedIsFinishedByTheOtherOnceItsClaimsExpire() throws Exception {
        // Longer than a live instance keeps a claimed file waiting (at most four files queued behind
        // its workers, the first of them paying for the JVM's warm-up) on a busy machine; short for a test.
        Path configA = configure("a", 20_000);
        Path configB = configure("b", 20_000);
        IrmRunProcess a = start("a", configA);
        IrmRunProcess b = start("b", configB);

        Set<Path> leftByA = dropAllAndKillAMidWork(a);
        waitUntil("b emptied the inbox, a's files too", () -> count(inbox()) == 0, b);
        assertThat(b.stop()).as("irm run stops on SIGTERM").isTrue();

        everyFileRegisteredOnceAndAnswered(leftByA);
        assertThat(claimHolders(leftByA)).as("a's unfinished files were taken over by b").containsOnly("b");
    }

    @Test
    void aKilledInstanceRestartedUnderItsOwnNameFinishesItsClaimsAtOnce() throws Exception {
        // Claims that outlast the test: only a itself may take up its files again.
        Path configA = configure("a", 600_000);
        Path configB = configure("b", 600_000);
        IrmRunProcess a = start("a", configA);
        IrmRunProcess b = start("b", configB);

        Set<Path> leftByA = dropAllAndKillAMidWork(a);
        IrmRunProcess restarted = start("a-restarted", configA);
        waitUntil("the inbox emptied after a's restart", () -> count(inbox()) == 0, restarted, b);
        assertThat(restarted.stop()).as("irm run stops on SIGTERM").isTrue();
        assertThat(b.stop()).as("irm run stops on SIGTERM").isTrue();

        everyFileRegisteredOnceAndAnswered(leftByA);
        assertThat(claimHolders(leftByA)).as("a, restarted, took up its own files").containsOnly("a");
    }

    /**
     * Drops the files (a sixth of them plain text, to be refused), waits until a has archived some
     * and holds a claim on a file still in the inbox, kills it, and returns the files it left.
     */
    private Set<Path> dropAllAndKillAMidWork(IrmRunProcess a) throws Exception {
        ReturnsFixture returns = new ReturnsFixture(home.resolve("fixtures"));
        for (int i = 1; i <= FILES; i++) {
            files.put("ken-" + i + ".docx", i % 6 == 0 ? ReturnsFixture.text(i) : returns.complete("KEN", Language.EN, i));
        }
        Path inbox = Files.createDirectories(inbox());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(inbox.resolve(file.getKey()), file.getValue());
        }
        waitUntil("a is working: it archived files and holds a claim on one still in the inbox",
                () -> count(home.resolve("shared/archive")) >= 2 && !unfinishedClaimsOf("a").isEmpty(), running.toArray(IrmRunProcess[]::new));
        a.kill();
        Set<Path> left = unfinishedClaimsOf("a");
        assertThat(left).as("a was killed with claimed files unfinished").isNotEmpty();
        assertThat(count(inbox)).as("killed in the middle of the batch").isPositive();
        return left;
    }

    private void everyFileRegisteredOnceAndAnswered(Set<Path> leftByA) throws Exception {
        Register register = Register.open(database);
        IntakeRegister intake = new IntakeRegister(register);
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            names.put(RecordingDesk.sha256(file.getValue()), file.getKey());
        }
        assertThat(FileOutcomes.problems(register, files)).isEmpty();
        assertThat(submissions()).as("each file registered exactly once").isEqualTo(FILES);
        assertThat(intake.unanswered()).isEmpty();
        try (Stream<Path> archived = Files.list(home.resolve("shared/archive"))) {
            assertThat(archived.filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).count())
                    .as("originals archived").isEqualTo(FILES);
        }
        Set<String> leftNames = leftByA.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertThat(register.events().stream().filter(e -> e.action().equals("submission.duplicate"))
                .map(Event::fileSha256).map(names::get).toList())
                .as("'already received' only for a file a answered but had not yet removed when killed (a left %s)", leftNames)
                .allMatch(leftNames::contains);
    }

    private Path configure(String instance, long claimsExpiryMs) throws Exception {
        Map<String, String> settings = new TreeMap<>(ReturnsFixture.settings(home.resolve(instance)));
        settings.put("irm.templates", Path.of(settings.get("irm.templates")).toAbsolutePath().toString());
        settings.put("irm.watch.root", home.resolve("shared").toString());
        settings.put("irm.db.url", database.url());
        settings.put("irm.db.user", database.user());
        settings.put("irm.db.password", database.password());
        settings.put("irm.instance.id", instance);
        settings.put("irm.claims.expiry.ms", Long.toString(claimsExpiryMs));
        settings.put("irm.inbox.poll.ms", "100");
        settings.put("irm.inbox.settle.ms", "300");
        settings.put("irm.reports.auto", "false");
        Properties properties = new Properties();
        properties.putAll(settings);
        Path config = Files.createDirectories(home.resolve(instance)).resolve("irm.properties");
        try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            properties.store(out, "instance " + instance);
        }
        return config;
    }

    private IrmRunProcess start(String name, Path config) throws Exception {
        IrmRunProcess process = IrmRunProcess.start(name, config);
        running.add(process);
        return process;
    }

    private Path inbox() {
        return home.resolve("shared/inbox");
    }

    /** The files the instance holds a claim on that are still in the inbox (not yet done with). */
    private Set<Path> unfinishedClaimsOf(String instance) {
        return claims().entrySet().stream().filter(claim -> claim.getValue().equals(instance))
                .map(claim -> claimedFile(claim.getKey())).filter(Files::exists).collect(Collectors.toSet());
    }

    /** Who holds the claims on these files now. */
    private Set<String> claimHolders(Set<Path> claimedFiles) {
        return claims().entrySet().stream().filter(claim -> claimedFiles.contains(claimedFile(claim.getKey())))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
    }

    private static Path claimedFile(String key) {
        Matcher file = FILE_CLAIM.matcher(key);
        return file.matches() ? Path.of(file.group(1)) : Path.of("/nonexistent", key.replace('/', '_'));
    }

    /** Every claim in the register: key to instance. */
    private Map<String, String> claims() {
        Map<String, String> claims = new HashMap<>();
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement("SELECT claim_key, instance FROM intake_claim");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                claims.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            // The instances create the table when they start: no claims before that.
            if (!"42P01".equals(e.getSQLState())) {
                throw new IllegalStateException(e);
            }
        }
        return claims;
    }

    private int submissions() throws SQLException {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM submission");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private void waitUntil(String what, BooleanSupplier done, IrmRunProcess... needed) throws Exception {
        try {
            Eventually.await(what, Duration.ofSeconds(180), () -> {
                for (IrmRunProcess process : needed) {
                    if (!process.alive()) {
                        throw new AssertionError("irm run " + process.name + " ended before " + what);
                    }
                }
                return done.getAsBoolean();
            });
        } catch (AssertionError notThere) {
            throw new AssertionError(notThere.getMessage() + "\n" + logs(), notThere);
        }
    }

    private String logs() {
        return running.stream().map(IrmRunProcess::log).collect(Collectors.joining("\n"));
    }

    private static int count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> found = Files.walk(folder)) {
            return (int) found.filter(Files::isRegularFile)
                    // the archive's arrival records are not files received
                    .filter(f -> !f.getParent().getFileName().toString().equals(ArrivalRecords.FOLDER)).count();
        } catch (IOException | UncheckedIOException e) {
            return -1; // a file went away while the folder was read: look again
        }
    }
}
