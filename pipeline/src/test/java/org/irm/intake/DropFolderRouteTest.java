package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.ReturnDesk;
import org.irm.testsupport.Eventually;
import org.irm.testsupport.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderRouteTest {

    private static final byte[] WORD = "PK\u0003\u0004 a return".getBytes();

    @TempDir
    Path home;

    private final RecordingDesk desk = new RecordingDesk();

    @Test
    void aDroppedFileIsTakenOnceAndLeavesTheInbox() throws Exception {
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, Map.of())) {
            NotifyBuilder done = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(1).create();
            intake.start();
            Files.write(intake.inbox().resolve("return.docx"), WORD);

            assertThat(done.matches(20, TimeUnit.SECONDS)).as("the dropped file was taken").isTrue();
            assertThat(desk.taken).singleElement().satisfies(taken -> {
                assertThat(taken.arrival().originalName()).isEqualTo("return.docx");
                assertThat(taken.arrival().source()).isEqualTo(SubmissionSource.FOLDER);
                assertThat(taken.arrival().folderState()).isNull();
                assertThat(taken.bytes()).isEqualTo(WORD);
            });
            assertThat(intake.inbox().resolve("return.docx")).doesNotExist();
        }
    }

    @Test
    void theWorkersTakeSeveralDroppedFilesAtTheSameTime() throws Exception {
        // Each take waits until two are in the desk at once: with one worker the barrier breaks.
        CyclicBarrier bothInside = new CyclicBarrier(2);
        ReturnDesk meeting = new ReturnDesk() {
            @Override
            public Acknowledgement take(Arrival arrival) {
                try {
                    bothInside.await(10, TimeUnit.SECONDS);
                } catch (Exception notTogether) {
                    throw new IllegalStateException("the files were not taken at the same time", notTogether);
                }
                return desk.take(arrival);
            }

            @Override
            public List<Acknowledgement> finishUnfinished() {
                return desk.finishUnfinished();
            }
        };
        try (IntakeRunning intake = IntakeRunning.prepare(home, meeting, Map.of("irm.inbox.workers", "2"))) {
            NotifyBuilder done = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(2).create();
            Files.createDirectories(intake.inbox());
            Files.write(intake.inbox().resolve("first.docx"), WORD);
            Files.write(intake.inbox().resolve("second.docx"), "PK\u0003\u0004 another return".getBytes());
            intake.start();

            assertThat(done.matches(30, TimeUnit.SECONDS)).as("both files were taken").isTrue();
            assertThat(desk.taken).extracting(taken -> taken.arrival().originalName())
                    .containsExactlyInAnyOrder("first.docx", "second.docx");
            assertThat(bothInside.isBroken()).as("the two were in the desk together").isFalse();
            assertThat(intake.inbox().resolve("first.docx")).doesNotExist();
            assertThat(intake.inbox().resolve("second.docx")).doesNotExist();
        }
    }

    @Test
    void aFileInAStatesSubfolderCarriesThatState() throws Exception {
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, Map.of())) {
            NotifyBuilder done = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(1).create();
            Files.createDirectories(intake.inbox().resolve("ken"));
            intake.start();
            Files.write(intake.inbox().resolve("ken").resolve("return.docx"), WORD);

            assertThat(done.matches(20, TimeUnit.SECONDS)).as("the dropped file was taken").isTrue();
            assertThat(desk.taken).singleElement().extracting(taken -> taken.arrival().folderState()).isEqualTo("KEN");
        }
    }

    @Test
    void aFileInAReviewsSubfolderComesFromThatReviewingState() throws Exception {
        // Issue 14.8: reviews/<ISO3>/ is a reviewing State's folder; the desk takes only its own copies from it.
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, Map.of())) {
            NotifyBuilder done = new NotifyBuilder(intake.camel).fromRoute("reviews").whenDone(1).create();
            Path reviewer = Files.createDirectories(intake.root.resolve("reviews").resolve("fra"));
            intake.start();
            Files.write(reviewer.resolve("review copy.docx"), WORD);

            assertThat(done.matches(20, TimeUnit.SECONDS)).as("the review copy was taken").isTrue();
            assertThat(desk.taken).singleElement().extracting(taken -> taken.arrival().folderState()).isEqualTo("FRA");
        }
    }

    @Test
    void aDuplicateIsAnsweredByTheDeskAndDoesNotStayInTheInbox() throws Exception {
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, Map.of())) {
            NotifyBuilder done = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(2).create();
            intake.start();
            Files.write(intake.inbox().resolve("return.docx"), WORD);
            Files.write(intake.inbox().resolve("return (copy).docx"), WORD);

            assertThat(done.matches(20, TimeUnit.SECONDS)).as("both files were taken").isTrue();
            assertThat(desk.taken).hasSize(2);
            try (var left = Files.list(intake.inbox())) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void lockTemporaryAndHiddenFilesAreLeftAlone() throws Exception {
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, Map.of())) {
            NotifyBuilder done = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(1).create();
            Files.createDirectories(intake.inbox());
            for (String name : new String[] {"~$return.docx", ".~lock.return.docx#", "return.docx.part", ".hidden.docx",
                    "copy.tmp", "Thumbs.db"}) {
                Files.write(intake.inbox().resolve(name), WORD);
            }
            intake.start();
            Files.write(intake.inbox().resolve("return.docx"), WORD);

            assertThat(done.matches(20, TimeUnit.SECONDS)).as("the real return was taken").isTrue();
            assertThat(desk.taken).extracting(taken -> taken.arrival().originalName()).containsExactly("return.docx");
            try (var left = Files.list(intake.inbox())) {
                assertThat(left).hasSize(6);
            }
        }
    }

    @Test
    void whenTheDeskFailsTheFileStaysForTheNextLook() throws Exception {
        desk.failuresToCome.set(2);
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, Map.of())) {
            NotifyBuilder failedTwice = new NotifyBuilder(intake.camel).fromRoute("inbox").whenFailed(2).create();
            NotifyBuilder taken = new NotifyBuilder(intake.camel).fromRoute("inbox").whenCompleted(1).create();
            intake.start();
            Files.write(intake.inbox().resolve("return.docx"), WORD);

            assertThat(failedTwice.matches(20, TimeUnit.SECONDS)).as("the desk failed twice").isTrue();
            assertThat(taken.matches(20, TimeUnit.SECONDS)).as("the file was taken at a later look").isTrue();
            assertThat(desk.taken).singleElement().extracting(RecordingDesk.Taken::bytes).isEqualTo(WORD);
            assertThat(intake.inbox().resolve("return.docx")).doesNotExist();
        }
    }

    @Test
    void aFileWrittenInChunksOverSeveralSecondsIsNotTakenHalfWritten() throws Exception {
        byte[] whole = new byte[5 * 64 * 1024];
        Arrays.fill(whole, (byte) 'x');
        whole[0] = 'P';
        whole[1] = 'K';
        // The settle time passes only as the test moves the clock: each pause between two chunks
        // is several looks at the folder long and moves the time on by less than the settle time.
        MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
        Duration settle = Duration.ofMillis(1500);
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk,
                Map.of("irm.inbox.settle.ms", Long.toString(settle.toMillis())), clock)) {
            NotifyBuilder done = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(1).create();
            intake.start();
            Files.createDirectories(intake.inbox());
            Path file = intake.inbox().resolve("slow copy.docx");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                for (int chunk = 0; chunk < 5; chunk++) {
                    out.write(whole, chunk * 64 * 1024, 64 * 1024);
                    out.flush();
                    // A slow share: a chunk now and then, with pauses of 800 ms, seen by several looks.
                    awaitLooks(intake, 2, "chunk " + (chunk + 1) + " written");
                    clock.advance(Duration.ofMillis(800));
                    awaitLooks(intake, 2, "800 ms after chunk " + (chunk + 1));
                    assertThat(desk.taken).as("taken after chunk %s of 5", chunk + 1).isEmpty();
                }
            }
            clock.advance(settle);

            assertThat(done.matches(20, TimeUnit.SECONDS)).as("the file was taken once complete").isTrue();
            assertThat(desk.taken).singleElement().satisfies(taken ->
                    assertThat(taken.sha256()).isEqualTo(RecordingDesk.sha256(whole)));
        }
    }

    /** Waits until the inbox route has begun this many more looks at the folder (so the ones before have ended). */
    private static void awaitLooks(IntakeRunning intake, int more, String when) {
        long looked = IntakeRunning.looks(intake.camel, "inbox");
        Eventually.await(more + " looks at the inbox, " + when, Duration.ofSeconds(20),
                () -> IntakeRunning.looks(intake.camel, "inbox") >= looked + more + 1);
    }
}
