package org.irm.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.notice.NoticeFixture.SELF_ASSESSMENT_DUE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.mail.MailQueue;
import org.irm.mail.OutgoingMessage;
import org.irm.register.NoticeKey;
import org.irm.register.NoticeRecord;
import org.irm.register.Notices;
import org.irm.register.Register;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentOnceTest {

    private static final Instant NOON = SELF_ASSESSMENT_DUE.minusDays(14).atTime(12, 0).toInstant(ZoneOffset.UTC);
    private static final NoticeKey KEY = new NoticeKey("self-assessment", NoticeFixture.REVIEW, "KEN",
            SELF_ASSESSMENT_DUE.toString(), -14, NoticeFixture.KENYA);

    @TempDir
    Path home;

    private NoticeFixture fixture;

    @BeforeEach
    void kenyaUnderReview() throws Exception {
        fixture = new NoticeFixture(home);
    }

    private List<Path> queued() throws Exception {
        Path folder = fixture.queue().folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(MailQueue.SUFFIX)).toList();
        }
    }

    @Test
    void aReminderFoundDueTwiceIsQueuedOnceAndRecordedAsQueued() throws Exception {
        NoticeDesk desk = fixture.desk("a", NOON);

        assertThat(desk.sendDue()).extracting(Notice::key).containsExactly(KEY);
        assertThat(desk.sendDue()).isEmpty();
        assertThat(fixture.desk("a", NOON.plusSeconds(3600)).sendDue()).as("a later run the same day").isEmpty();

        assertThat(queued()).hasSize(1);
        NoticeRecord record = new Notices(fixture.register, Duration.ofMinutes(10)).find(KEY).orElseThrow();
        assertThat(record.queued()).isTrue();
        assertThat(fixture.register.events(NoticeFixture.REVIEW)).filteredOn(e -> e.action().equals("notice.queued"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("self-assessment", NoticeFixture.KENYA));
        assertThat(desk.due(SELF_ASSESSMENT_DUE.minusDays(14)).notices()).as("the dry run no longer lists it").isEmpty();
    }

    @Test
    void theNextOffsetIsANewReminder() throws Exception {
        fixture.desk("a", NOON).sendDue();

        assertThat(fixture.desk("a", SELF_ASSESSMENT_DUE.minusDays(3)).sendDue()).extracting(Notice::offsetDays)
                .containsExactly(-3);
        assertThat(queued()).hasSize(2);
    }

    @Test
    void twoInstancesOnOneRegisterQueueEachReminderOnce() throws Exception {
        fixture.checklistComplete();
        fixture.register.reviews().setStage(NoticeFixture.REVIEW, org.irm.register.ReviewStage.DESK_REVIEW, "test");
        Instant day = NoticeFixture.DESK_REVIEW_DUE.minusDays(7).atTime(12, 0).toInstant(ZoneOffset.UTC);
        NoticeDesk a = fixture.desk("instance-a", day);
        NoticeDesk b = fixture.desk("instance-b", day);
        int due = a.due(NoticeFixture.DESK_REVIEW_DUE.minusDays(7)).notices().size();
        assertThat(due).as("two reviewers reminded, two review copies").isEqualTo(4);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Notice>>> runs = new ArrayList<>();
            for (NoticeDesk desk : List.of(a, b)) {
                Callable<List<Notice>> run = () -> {
                    start.await();
                    return desk.sendDue();
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            List<NoticeKey> sent = new ArrayList<>();
            for (Future<List<Notice>> run : runs) {
                run.get(60, TimeUnit.SECONDS).forEach(n -> sent.add(n.key()));
            }
            assertThat(sent).hasSize(due).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(queued()).hasSize(due);
    }

    @Test
    void afterARestartNothingIsSentAgain() throws Exception {
        fixture.desk("a", NOON).sendDue();
        fixture.register.close();

        try (Register reopened = Register.open(fixture.config())) {
            NoticeDesk desk = NoticeDesk.open(fixture.config(), reopened, fixture.queue(),
                    NoticeDesk.reviewerContacts(reopened), "a", Duration.ofMinutes(10),
                    java.time.Clock.fixed(NOON.plusSeconds(60), ZoneOffset.UTC));
            assertThat(desk.sendDue()).isEmpty();
        }
        assertThat(queued()).hasSize(1);
    }

    @Test
    void aClaimAKillLeftUnqueuedIsSentByItsInstanceAtOnceAndByAnotherOnlyAfterTheExpiry() throws Exception {
        // Killed after the claim, before the message was queued.
        new Notices(fixture.register, Duration.ofMinutes(10)).claim(KEY, Language.EN, "instance-a", NOON);

        assertThat(fixture.desk("instance-b", NOON.plusSeconds(60)).sendDue()).as("instance a may still be at it").isEmpty();
        assertThat(queued()).isEmpty();

        assertThat(fixture.desk("instance-b", NOON.plusSeconds(11 * 60)).sendDue()).extracting(Notice::key)
                .containsExactly(KEY);
        assertThat(queued()).hasSize(1);
    }

    @Test
    void aRestartedInstanceTakesUpItsOwnClaimAtOnce() throws Exception {
        new Notices(fixture.register, Duration.ofMinutes(10)).claim(KEY, Language.EN, "instance-a", NOON);

        assertThat(fixture.desk("instance-a", NOON.plusSeconds(5)).sendDue()).extracting(Notice::key).containsExactly(KEY);
        assertThat(queued()).hasSize(1);
    }

    @Test
    void aMessageQueuedBeforeAKillThatCameBeforeItWasRecordedIsNotQueuedAgain() throws Exception {
        Notices ledger = new Notices(fixture.register, Duration.ofMinutes(10));
        ledger.claim(KEY, Language.EN, "instance-a", NOON);
        MailQueue queue = fixture.queue();
        queue.putOnce(KEY.text(), new OutgoingMessage(List.of(NoticeFixture.KENYA), "Reminder", "Body\n", List.of(), null,
                "en").toMime(queue.session(), "irm@unodc.test"));

        fixture.desk("instance-a", NOON.plusSeconds(5)).sendDue();

        assertThat(queued()).hasSize(1);
        assertThat(ledger.find(KEY).orElseThrow().queued()).as("recorded now").isTrue();
    }
}
