package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.mail.MailQueue;
import org.irm.notice.NoticeDesk;
import org.irm.register.Deadline;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.NewReview;
import org.irm.register.NoticeRecord;
import org.irm.register.Notices;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.ReviewStage;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irm run} as its own process, killed with kill -9 while its timer queues a batch of
 * reminders and started again: every reminder ends queued exactly once.
 */
class KilledNoticesIT {

    private static final int FOCAL_POINTS = 60;

    @TempDir
    Path home;

    @Test
    void aPipelineKilledWhileQueueingRemindersQueuesEachOnceWhenRestarted() throws Exception {
        Path config = home.resolve("irm.properties");
        Files.writeString(config, String.join("\n", "irm.home=" + home,
                "irm.templates=" + Path.of(System.getProperty("irm.templates", "../templates")).toAbsolutePath(),
                "irm.secret.key=" + new String(Checklists.KEY, StandardCharsets.UTF_8),
                "irm.instance.id=killed-instance", "irm.notices.period.ms=200"), StandardCharsets.UTF_8);
        // The child process reads the real clock: the deadline is two days from today, so the -3d reminder is due.
        LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        try (Register register = Register.open(IrmConfig.load(config, Map.of()))) {
            new RegisteredStates(register).importStates(StateList.load(IrmConfig.load(config, Map.of()).templates()).all());
            FocalPoints points = new FocalPoints(register);
            for (int i = 1; i <= FOCAL_POINTS; i++) {
                points.add(new FocalPoint("KEN", "focal" + i + "@kenya.test", null, Language.EN), "test");
            }
            register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.SELF_ASSESSMENT, List.of(),
                    List.of(new Deadline("selfAssessment", deadline)), null, Instant.parse("2027-01-10T09:00:00Z")));
        }
        Path queue = home.resolve("watch-folders").resolve(MailQueue.FOLDER);

        int leftByTheKill;
        try (IrmRunProcess first = IrmRunProcess.start("first", config)) {
            waitFor("the first reminders queued", first, () -> queued(queue) >= 1);
            first.kill();
            leftByTheKill = FOCAL_POINTS - queued(queue);
        }
        try (IrmRunProcess second = IrmRunProcess.start("second", config)) {
            waitFor("every reminder queued after the restart", second, () -> queued(queue) == FOCAL_POINTS);
            assertThat(second.stop()).as("irm run stops on SIGTERM").isTrue();
        }

        assertThat(leftByTheKill).as("killed in the middle of the batch").isPositive();
        assertThat(queued(queue)).isEqualTo(FOCAL_POINTS);
        Set<String> recipients = new HashSet<>();
        try (Stream<Path> files = Files.list(queue)) {
            for (Path file : files.filter(f -> f.toString().endsWith(MailQueue.SUFFIX)).toList()) {
                String message = Files.readString(file, StandardCharsets.UTF_8);
                recipients.add(message.replaceAll("(?s).*\r?\nTo: ([^\r\n]+).*", "$1"));
            }
        }
        assertThat(recipients).as("one reminder per focal point").hasSize(FOCAL_POINTS);
        try (Register register = Register.open(IrmConfig.load(config, Map.of()))) {
            // The stop may come between a message queued and its record: the instance's next run records it, queueing nothing.
            IrmConfig irm = IrmConfig.load(config, Map.of());
            assertThat(NoticeDesk.open(irm, register, new MailQueue(queue), NoticeDesk.reviewerContacts(register),
                    "killed-instance", Duration.ofMinutes(10), Clock.systemUTC()).sendDue()).isEmpty();
            assertThat(queued(queue)).isEqualTo(FOCAL_POINTS);
            List<NoticeRecord> notices = new Notices(register, Duration.ofMinutes(10)).list(null);
            assertThat(notices).hasSize(FOCAL_POINTS).allSatisfy(n -> {
                assertThat(n.queued()).isTrue();
                assertThat(n.key().offsetDays()).isEqualTo(-3);
            });
        }
    }

    private static int queued(Path queue) {
        if (!Files.isDirectory(queue)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(queue)) {
            return (int) files.filter(f -> f.toString().endsWith(MailQueue.SUFFIX)).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1; // a file was renamed while the folder was read: look again
        }
    }

    private static void waitFor(String what, IrmRunProcess process, BooleanSupplier done) {
        try {
            Eventually.await(what, Duration.ofSeconds(180), done::getAsBoolean);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + process.log(), e);
        }
    }

}
