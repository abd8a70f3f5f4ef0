package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Deadline;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.ReturnDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running pipeline keeps a State's report drafts in its outbox up to date as its returns arrive. */
class DraftsRegeneratedTest {

    @TempDir
    Path home;

    private final AtomicInteger registered = new AtomicInteger();

    @Test
    void aReturnForAStateUnderReviewWritesADraftOnlyWhenItsAnswersChanged() throws Exception {
        ReturnsFixture returns = new ReturnsFixture(home.resolve("fixtures"));
        Map<String, String> settings = ReturnsFixture.settings(home);
        settings.put("irm.inbox.poll.ms", "100");
        settings.put("irm.inbox.settle.ms", "300");
        settings.put("irm.reports.kinds", "report");
        IrmConfig config = IrmConfig.of(settings);
        Register register = Register.open(config);
        register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.values()[0],
                List.of(ReviewerAssignment.of("UGA", "same-group", "uncac"), ReviewerAssignment.of("FRA", "global", "uncac")),
                List.of(new Deadline("selfAssessment", LocalDate.of(2027, 3, 31))), null,
                Instant.parse("2027-01-10T09:00:00Z")));
        ReturnDesk real = ReturnDesks.open(config, register, Clock.systemUTC());
        ReturnDesk counted = new ReturnDesk() {
            @Override
            public Acknowledgement take(Arrival arrival) {
                Acknowledgement acknowledgement = real.take(arrival);
                if (acknowledgement.disposition() == Disposition.REGISTERED) {
                    registered.incrementAndGet();
                }
                return acknowledgement;
            }

            @Override
            public List<Acknowledgement> finishUnfinished() {
                return real.finishUnfinished();
            }
        };
        IntakeDaemon daemon = new IntakeDaemon(config, counted, register, Clock.systemUTC());
        CamelContext camel = new DefaultCamelContext();
        daemon.addTo(camel);
        camel.start();
        try {
            Path inbox = Files.createDirectories(home.resolve("watch-folders").resolve("inbox"));
            Path outbox = home.resolve("watch-folders").resolve("outbox").resolve("KEN");
            byte[] first = returns.complete("KEN", Language.EN, 1);

            drop(daemon, inbox, "first.docx", first, 1);
            assertThat(drafts(outbox)).as("the first return drafts the report").containsExactly("report-KEN-en.docx");

            drop(daemon, inbox, "same-answers.docx", withZipComment(first), 2);
            assertThat(drafts(outbox)).as("same answers in other bytes: UNCHANGED, no new draft")
                    .containsExactly("report-KEN-en.docx");

            drop(daemon, inbox, "changed.docx", returns.complete("KEN", Language.EN, 2), 3);
            assertThat(drafts(outbox)).as("a changed answer: a new draft beside the first")
                    .containsExactly("report-KEN-en-2.docx", "report-KEN-en.docx");
            assertThat(Files.readAllBytes(outbox.resolve("report-KEN-en-2.docx")))
                    .isNotEqualTo(Files.readAllBytes(outbox.resolve("report-KEN-en.docx")));
        } finally {
            camel.stop();
            daemon.drafts().close();
        }
    }

    /** Drops a file and waits until it is registered, has left the inbox and its drafts are done. */
    private void drop(IntakeDaemon daemon, Path inbox, String name, byte[] bytes, int registeredSoFar) throws Exception {
        Files.write(inbox.resolve(name), bytes);
        Eventually.await(name + " registered and gone from the inbox", Duration.ofSeconds(60),
                () -> registered.get() >= registeredSoFar && !Files.exists(inbox.resolve(name)));
        assertThat(registered.get()).as(name + " registered").isEqualTo(registeredSoFar);
        daemon.drafts().awaitQueued(120, TimeUnit.SECONDS);
    }

    private static List<String> drafts(Path outbox) throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("report-")).sorted().toList();
        }
    }

    /** The same package with a zip comment: other bytes (another sha256), the same answers. */
    private static byte[] withZipComment(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.setComment("saved again");
        }
        return out.toByteArray();
    }
}
