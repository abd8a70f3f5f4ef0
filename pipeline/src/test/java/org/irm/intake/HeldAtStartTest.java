package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewSubmission;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.submission.Archive;
import org.irm.submission.Arrival;
import org.irm.submission.ReturnDesks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running pipeline's catch-up at start: a registered file it cannot finish is held for the
 * secretariat, and the intake starts and takes the next dropped file as usual.
 */
class HeldAtStartTest {

    @TempDir
    Path home;

    @Test
    void aRegisteredFileTheCatchUpCannotFinishIsHeldAndTheIntakeStartsAndTakesTheNextFile() throws Exception {
        Map<String, String> settings = ReturnsFixture.settings(home);
        IrmConfig config = IrmConfig.of(settings);
        Register register = Register.open(config);
        // Registered as accepted before a stop; its archived copy cannot be read as a checklist.
        Path garbage = Files.writeString(home.resolve("kenya.docx"), "PK not a package at all");
        String sha256 = new Archive(home.resolve("watch-folders/archive")).store(new Arrival(garbage, "kenya.docx",
                SubmissionSource.FOLDER, null, null, Instant.now())).sha256();
        new IntakeRegister(register).record(NewSubmission.accepted(sha256, UUID.randomUUID(), SubmissionSource.FOLDER,
                null, "kenya.docx", Instant.now()), List.of(), new IntakeFacts("KEN", "uncac-2-KEN", "whole",
                Language.EN, null, null));
        byte[] next = new ReturnsFixture(home.resolve("fixtures")).complete("KEN", Language.EN, 1);

        try (IntakeRunning intake = IntakeRunning.prepare(home, ReturnDesks.open(config, register, Clock.systemUTC()),
                settings)) {
            NotifyBuilder taken = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(1).create();
            intake.start();
            Files.write(intake.inbox().resolve("ken-2.docx"), next);

            assertThat(taken.matches(30, TimeUnit.SECONDS)).as("the next dropped file was taken").isTrue();
        }
        assertThat(new IntakeRegister(register).unanswered()).isEmpty();
        long id = register.submissionBySha256(sha256).orElseThrow().id();
        assertThat(new IntakeRegister(register).heldReason(id)).isPresent();
        assertThat(home.resolve("watch-folders/inbox/ken-2.docx")).doesNotExist();
        try (Stream<Path> outbox = Files.list(home.resolve("watch-folders/outbox/KEN"))) {
            assertThat(outbox.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("ken-2-"));
        }
        try (Stream<Path> rejected = Files.list(home.resolve("watch-folders/rejected"))) {
            assertThat(rejected.map(p -> p.getFileName().toString())).contains("kenya-" + sha256.substring(0, 8) + ".docx");
        }
    }
}
