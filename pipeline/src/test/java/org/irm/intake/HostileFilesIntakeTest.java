package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.irm.config.IrmConfig;
import org.irm.register.IntakeRegister;
import org.irm.register.Register;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.LogText;
import org.irm.submission.ReturnDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Eventually;
import org.irm.testsupport.HostileFiles;
import org.irm.testsupport.SealedReturns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile file of {@link HostileFiles} dropped into the inbox of one running intake, the
 * real desk and register behind it: each ends in its outcome and reason, and the genuine return
 * dropped after it is still registered and answered with its annotated copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesIntakeTest {

    @TempDir
    static Path home;

    private final Map<String, List<Acknowledgement>> byName = new ConcurrentHashMap<>();
    private Register register;
    private IntakeRunning intake;
    private SealedReturns returns;
    private int variant;

    @BeforeAll
    void start() throws Exception {
        Map<String, String> settings = ReturnsFixture.settings(home);
        IrmConfig config = IrmConfig.of(settings);
        register = Register.open(config);
        ReturnDesk real = ReturnDesks.open(config, register, Clock.systemUTC());
        ReturnDesk observed = new ReturnDesk() {
            @Override
            public Acknowledgement take(Arrival arrival) {
                Acknowledgement ack = real.take(arrival);
                byName.computeIfAbsent(arrival.originalName(), n -> new CopyOnWriteArrayList<>()).add(ack);
                return ack;
            }

            @Override
            public List<Acknowledgement> finishUnfinished() {
                return real.finishUnfinished();
            }
        };
        returns = new SealedReturns(home.resolve("fixtures"));
        intake = IntakeRunning.prepare(home, observed, settings).start();
    }

    @AfterAll
    void stop() {
        intake.close();
    }

    static List<HostileFiles.Case> cases() {
        return HostileFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileFileGetsItsOutcomeAndTheNextReturnIsStillRegistered(HostileFiles.Case hostile) throws Exception {
        byte[] bytes = hostile.recipe().make(returns.withFindings(variant++));
        int times = hostile.twice() ? 2 : 1;
        for (int time = 0; time < times; time++) {
            drop(hostile.fileName(), bytes);
        }
        List<Acknowledgement> acks = byName.get(hostile.fileName());
        assertThat(acks).hasSize(times);
        for (Acknowledgement ack : acks) {
            // What the inbox route logs for it (FolderArrivals writes the message through LogText).
            assertThat(LogText.of(ack.message())).as("one line in the log").doesNotContain("\n", "\r");
            assertThat(ack.reply().subject()).as("one line in the reply's subject").doesNotContain("\n", "\r");
            if (hostile.registered()) {
                assertThat(ack.disposition()).as(ack.message()).isEqualTo(Disposition.REGISTERED);
                assertThat(ack.filesWritten()).as(ack.message()).anyMatch(f -> f.toString().endsWith("-to-fix.docx"));
            } else {
                assertThat(ack.disposition()).as(ack.message()).isEqualTo(Disposition.REFUSED);
                assertThat(ack.reasonCode()).as(ack.message()).isEqualTo(hostile.reason());
            }
            ack.filesWritten().forEach(f -> assertThat(f.getFileName().toString()).doesNotContain("\n"));
        }

        String next = "next-" + variant + ".docx";
        drop(next, returns.withFindings(variant++));
        Acknowledgement answered = byName.get(next).get(0);
        assertThat(answered.disposition()).as(answered.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(new IntakeRegister(register).answered(register.submissionBySha256(answered.sha256()).orElseThrow().id()))
                .isTrue();
        assertThat(answered.filesWritten()).anyMatch(f -> f.toString().endsWith("-to-fix.docx"));
        if (hostile.registered()) {
            assertThat(findings(acks.get(0))).as("read as fully as a Transitional return").isEqualTo(findings(answered));
        }
    }

    /**
     * Drops the file into the inbox and waits until the desk has answered it and it has left the
     * inbox: on the outcome itself, not on a count of exchanges (under load, a count could be met
     * by the exchange of an earlier drop of the same name still finishing).
     */
    private void drop(String name, byte[] bytes) throws Exception {
        int before = byName.getOrDefault(name, List.of()).size();
        Path staged = Files.write(Files.createDirectories(home.resolve("staged")).resolve("file"), bytes);
        Path dropped = Files.createDirectories(intake.inbox()).resolve(name);
        Files.move(staged, dropped);
        Eventually.await(name.replace("\n", "\\n") + " answered and gone from the inbox", Duration.ofSeconds(120),
                () -> byName.getOrDefault(name, List.of()).size() > before && !Files.exists(dropped));
    }

    private static String findings(Acknowledgement ack) {
        List<String> words = new ArrayList<>(List.of(ack.message().split(" ")));
        return words.get(words.size() - 2) + " " + words.get(words.size() - 1);
    }
}
