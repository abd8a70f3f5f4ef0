package org.irm.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.checklist.ChecklistIssuer;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.Setting;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.SampleAnswers;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentitySeal;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.ChecklistFiles;
import org.irm.submission.Disposition;
import org.irm.submission.IntakeDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code irm run}'s warm-up (issue 20): before the routes start, the desk takes a few generated
 * returns of a full checklist, so the JVM compiles the reading, checking, registering and answering
 * while no State's return waits (on a cold JVM the first returns ran while the compiler took as much
 * CPU as they did). Nothing of the pipeline's own is touched: the returns are issued, sealed, taken,
 * registered and answered in a home of their own under the system's temporary folder, with their own
 * key and an in-memory register, all dropped afterwards. A warm-up that fails is logged and skipped:
 * it never keeps the intake from starting.
 */
final class IntakeWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeWarmUp.class);
    private static final long SMALLEST_HEAP = 128L << 20;

    private IntakeWarmUp() {
    }

    /**
     * Takes {@code irm.run.warmup} generated returns through a throw-away desk; none when it is 0.
     *
     * @return how many were taken: the setting's number, or 0 when off or when the warm-up failed
     */
    static int run(IrmConfig config) {
        int returns = config.getInt(Setting.RUN_WARMUP);
        if (returns <= 0) {
            return 0;
        }
        // Issuing the generated checklist (docx4j) alone needs more than a 64 MB heap: in a small heap the
        // warm-up is left out rather than risked, and the intake starts cold as before.
        if (Runtime.getRuntime().maxMemory() < SMALLEST_HEAP) {
            LOG.info("No warm-up: the heap ({} MB) is under {} MB", Runtime.getRuntime().maxMemory() >> 20,
                    SMALLEST_HEAP >> 20);
            return 0;
        }
        long start = System.nanoTime();
        Path home = null;
        try {
            home = Files.createTempDirectory("irm-warmup-");
            takeGenerated(config, home, returns);
            LOG.info("Warmed up on {} generated returns in {} ms (irm.run.warmup; nothing kept)", returns,
                    (System.nanoTime() - start) / 1_000_000);
            return returns;
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // What the warm-up allocated is its own and garbage from here on: the intake starts cold.
            LOG.warn("Warm-up skipped ({}): the first returns will be taken on a cold JVM", e.toString());
            return 0;
        } finally {
            if (home != null) {
                delete(home);
            }
        }
    }

    private static void takeGenerated(IrmConfig config, Path home, int returns) throws Exception {
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        IrmConfig scratch = IrmConfig.of(Map.of(
                Setting.HOME.key(), home.toString(),
                Setting.TEMPLATES.key(), config.get(Setting.TEMPLATES).isEmpty() ? ""
                        : config.path(Setting.TEMPLATES).toAbsolutePath().toString(),
                Setting.SECRET_KEY.key(), HexFormat.of().formatHex(key),
                // Kept while the warm-up's connections come and go, shut down (dropped) at its end.
                Setting.DB_URL.key(), "jdbc:h2:mem:irm-warmup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        Clock clock = Clock.systemUTC();
        Catalogue catalogue = CatalogueLoader.configured(scratch);
        StateList states = StateList.load(scratch.templates());
        IdentitySeal seal = new IdentitySeal(SecretKeys.sealingKey(scratch));
        Path issued = issue(catalogue, states, seal, scratch, clock, states.parties().get(0), home.resolve("issued"));
        ChecklistManifest manifest = new ChecklistFiles(seal).manifest(issued);
        ChecklistFiller filler = new ChecklistFiller();
        try (Register register = Register.open(scratch)) {
            IntakeDesk desk = PipelineDesks.open(scratch, register, clock);
            for (int i = 0; i < returns; i++) {
                Path filled = home.resolve("return-" + i + ".docx");
                filler.fill(issued, new SampleAnswers(i, manifest.identity().language()).answer(manifest.fields()), filled);
                Acknowledgement answered = desk.take(new Arrival(filled, filled.getFileName().toString(),
                        SubmissionSource.FOLDER, null, null, clock.instant()));
                if (answered.disposition() != Disposition.REGISTERED) {
                    // Not the path States' returns take: the warm-up would compile the wrong code.
                    throw new IllegalStateException("its return was not registered: " + answered.message());
                }
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(scratch.get(Setting.DB_URL),
                    scratch.get(Setting.DB_USER), scratch.get(Setting.DB_PASSWORD));
                 Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        }
    }

    /** The generated checklist: the catalogue's whole questionnaire for one State, in English. */
    private static Path issue(Catalogue catalogue, StateList states, IdentitySeal seal, IrmConfig config, Clock clock,
                              State state, Path folder) throws Exception {
        ChecklistIssuer issuer = new ChecklistIssuer(catalogue, I18nLabels.load(config.templates()), states.names(),
                seal, config.templates(), clock);
        Files.createDirectories(folder);
        return issuer.issue(new ChecklistIssuer.Order(state, catalogue.instrument() + "-" + catalogue.cycle() + "-"
                + state.iso3(), Language.EN, LocalDate.now(clock).plusMonths(3), null, Set.of(), Map.of(), Map.of()),
                folder).file();
    }

    private static void delete(Path home) {
        try {
            Files.walkFileTree(home, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not remove the warm-up's temporary folder {}: {}", home, e.getMessage());
        }
    }
}
