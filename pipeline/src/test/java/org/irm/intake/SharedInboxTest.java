package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.ReturnDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pipeline instances (two Camel contexts, each with its own home and desk) on one shared
 * inbox and one register: every dropped file is taken by exactly one of them. The register is
 * embedded H2 in server mode here; {@link SharedInboxOnPostgresTest} shares a PostgreSQL one.
 */
class SharedInboxTest {

    @TempDir
    Path home;

    /** Every acknowledgement either instance's desk gave, by instance. */
    private final Map<String, List<Acknowledgement>> given = new ConcurrentHashMap<>();

    @Test
    void twoInstancesOnOneInboxTakeEveryFileExactlyOnceAndSendNoAlreadyReceivedAnswers() throws Exception {
        ReturnsFixture returns = new ReturnsFixture(home.resolve("fixtures"));
        Path shared = home.resolve("shared");
        RegisterDatabase database = database();
        int files = 12;
        try (Running a = new Running("a", shared, database); Running b = new Running("b", shared, database)) {
            a.camel.start();
            b.camel.start();
            Path inbox = Files.createDirectories(shared.resolve("inbox"));
            for (int i = 1; i <= files; i++) {
                Files.write(inbox.resolve("ken-" + i + ".docx"), returns.complete("KEN", Language.EN, i));
            }
            Eventually.await("every file answered and gone from the inbox", Duration.ofSeconds(60),
                    () -> answered() >= files && isEmpty(inbox));

            List<Acknowledgement> all = given.values().stream().flatMap(List::stream).toList();
            assertThat(all).as("each file taken once, by one instance").hasSize(files)
                    .allSatisfy(ack -> assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED));
            assertThat(all.stream().map(Acknowledgement::sha256).collect(Collectors.toSet())).hasSize(files);
            try (Register register = Register.open(database)) {
                for (Acknowledgement ack : all) {
                    assertThat(register.submissionBySha256(ack.sha256())).as("registered").isPresent();
                }
            }
            assertThat(isEmpty(inbox)).as("no file left in the inbox").isTrue();
        }
    }

    /** The register both instances share: embedded H2 that the first to open it serves to the other. */
    RegisterDatabase database() {
        return new RegisterDatabase("jdbc:h2:file:" + home.resolve("register").toAbsolutePath() + ";AUTO_SERVER=TRUE",
                "irm", "");
    }

    private int answered() {
        return given.values().stream().mapToInt(List::size).sum();
    }

    private static boolean isEmpty(Path folder) throws Exception {
        try (Stream<Path> left = Files.list(folder)) {
            return left.findAny().isEmpty();
        }
    }


    /** One instance: its own home, the shared watch folders and register. */
    private final class Running implements AutoCloseable {
        final CamelContext camel = new DefaultCamelContext();
        private final Register register;

        Running(String name, Path shared, RegisterDatabase database) throws Exception {
            Map<String, String> values = new HashMap<>(ReturnsFixture.settings(home.resolve(name)));
            values.put("irm.watch.root", shared.toString());
            values.put("irm.db.url", database.url());
            values.put("irm.db.user", database.user());
            values.put("irm.db.password", database.password());
            values.put("irm.inbox.poll.ms", "50");
            values.put("irm.inbox.settle.ms", "300");
            values.put("irm.reports.auto", "false");
            IrmConfig config = IrmConfig.of(values);
            register = Register.open(config);
            ReturnDesk real = ReturnDesks.open(config, register, Clock.systemUTC());
            List<Acknowledgement> mine = Collections.synchronizedList(new ArrayList<>());
            given.put(name, mine);
            ReturnDesk observed = new ReturnDesk() {
                @Override
                public Acknowledgement take(Arrival arrival) {
                    Acknowledgement acknowledgement = real.take(arrival);
                    mine.add(acknowledgement);
                    return acknowledgement;
                }

                @Override
                public List<Acknowledgement> finishUnfinished() {
                    return real.finishUnfinished();
                }
            };
            new IntakeDaemon(config, observed, register, null, Clock.systemUTC()).addTo(camel);
        }

        @Override
        public void close() {
            camel.stop();
            // H2's lock watchdog would otherwise re-create the lock file while JUnit deletes the temp folder.
            register.close();
        }
    }
}
