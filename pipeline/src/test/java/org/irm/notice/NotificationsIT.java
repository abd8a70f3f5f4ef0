package org.irm.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.docx.DocxReader;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentityVerifier;
import org.irm.mail.MailQueue;
import org.irm.mail.SmtpSender;
import org.irm.mail.SmtpSettings;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class NotificationsIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)}));

    private static final LocalDate DAY = LocalDate.of(2027, 4, 20);

    @TempDir
    Path home;

    private NoticeFixture fixture;

    @BeforeEach
    void kenyaUnderReview() throws Exception {
        fixture = new NoticeFixture(home);
    }

    /** Hands every queued message to the test's SMTP server, as the replies route of irm run does. */
    private void deliverQueue() throws Exception {
        SmtpSender smtp = new SmtpSender(new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(),
                org.irm.mail.MailSecurity.NONE, "", "", "irm@unodc.test"));
        MailQueue queue = fixture.queue();
        try (Stream<Path> files = Files.list(queue.folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(MailQueue.SUFFIX)).sorted().toList()) {
                smtp.send(queue.read(file, smtp.session()), () -> queue.sent(file));
            }
        }
    }

    private static MimeMessage to(String address) throws Exception {
        return to(address, "");
    }

    /** The one message the address received whose subject begins so. */
    private static MimeMessage to(String address, String subject) throws Exception {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address) && message.getSubject().startsWith(subject)) {
                received.add(message);
            }
        }
        assertThat(received).as("messages to " + address).hasSize(1);
        return received.get(0);
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                try (InputStream in = parts.getBodyPart(i).getInputStream()) {
                    files.put(parts.getBodyPart(i).getFileName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    @Test
    void whenTheChecklistIsCompleteEachReviewerGetsItsOwnSealedReviewCopyInItsLanguage() throws Exception {
        assertThat(fixture.desk("a", DAY).sendDue()).as("nothing before the checklist is complete").isEmpty();
        fixture.checklistComplete();

        assertThat(fixture.desk("a", DAY).sendDue()).extracting(Notice::kind, Notice::subject, Notice::language)
                .containsExactlyInAnyOrder(tuple(NoticeKind.REVIEW_COPY, "EGY", Language.AR),
                        tuple(NoticeKind.REVIEW_COPY, "FRA", Language.FR));
        deliverQueue();

        for (var reviewer : List.of(Map.entry(NoticeFixture.EGYPT, "EGY"), Map.entry(NoticeFixture.FRANCE, "FRA"))) {
            Map<String, byte[]> files = attachments(to(reviewer.getKey()));
            assertThat(files).hasSize(1);
            Path copy = Files.write(home.resolve("received-" + reviewer.getValue() + ".docx"), files.values().iterator().next());
            ChecklistIdentity identity = new IdentityVerifier(Checklists.SEAL).check(new DocxReader().read(copy)).identity()
                    .orElseThrow();
            assertThat(identity.reviewer()).isEqualTo(reviewer.getValue());
            assertThat(identity.reviewId()).isEqualTo(NoticeFixture.REVIEW);
            assertThat(identity.state()).isEqualTo("KEN");
        }
        assertThat(body(to(NoticeFixture.EGYPT))).contains("أعادت", "نسخة الاستعراض");
        assertThat(to(NoticeFixture.EGYPT).getContentLanguage()).containsExactly("ar");
        assertThat(body(to(NoticeFixture.FRANCE))).contains("M. Martin", "copie d'examen");
        assertThat(fixture.desk("a", DAY.plusDays(1)).sendDue()).as("sent once").isEmpty();
    }

    @Test
    void whenEveryReviewersCopyIsInTheSecretariatIsToldTheMergeIsReadyInEnglish() throws Exception {
        fixture.checklistComplete();
        fixture.reviewCopyIn("EGY");
        assertThat(fixture.desk("a", DAY).sendDue()).extracting(Notice::kind).doesNotContain(NoticeKind.MERGE_READY);

        fixture.reviewCopyIn("FRA");

        assertThat(fixture.desk("a", DAY).sendDue()).extracting(Notice::kind).containsExactly(NoticeKind.MERGE_READY);
        deliverQueue();
        MimeMessage told = to(NoticeFixture.SECRETARIAT);
        assertThat(told.getSubject()).isEqualTo("Review of Kenya: every reviewer's copy is in, the merge is ready "
                + "(review uncac-2-KEN)");
        assertThat(body(told)).contains("irm merge --state KEN");
    }

    @Test
    void whenADraftReportIsWrittenTheStateIsToldWithTheDraftAttached() throws Exception {
        Path draft = Files.createDirectories(fixture.watchRoot().resolve("outbox").resolve("KEN")).resolve("report-KEN-en.docx");
        Files.write(draft, "a draft".getBytes());
        fixture.draftWritten(Instant.parse("2027-09-01T10:00:00Z"));

        assertThat(fixture.desk("a", DAY).sendDue()).extracting(Notice::kind, n -> n.recipient().email())
                .containsExactly(tuple(NoticeKind.DRAFT_READY, NoticeFixture.KENYA));
        deliverQueue();

        MimeMessage told = to(NoticeFixture.KENYA);
        assertThat(told.getSubject()).isEqualTo("Draft country report of Kenya ready (review uncac-2-KEN)");
        assertThat(body(told)).contains("Dear Ms. Wanjiru", "report-KEN-en.docx");
        assertThat(attachments(told)).containsOnlyKeys("report-KEN-en.docx");
    }

    @Test
    void remindersAreWordedFromTheTemplatesInArabicAndEnglish() throws Exception {
        fixture.checklistComplete();
        fixture.reviewCopyIn("FRA");
        LocalDate day = NoticeFixture.DESK_REVIEW_DUE.plusDays(1);
        NoticeDesk desk = fixture.desk("a", day.atTime(8, 0).toInstant(ZoneOffset.UTC));
        desk.sendDue();
        fixture.draftWritten(Instant.parse("2027-09-01T10:00:00Z"));
        fixture.desk("a", NoticeFixture.DRAFT_REPORT_DUE.minusDays(7)).sendDue();
        deliverQueue();

        MimeMessage egypt = to(NoticeFixture.EGYPT, "تذكير");
        // Egypt's comments on Kenya's review, both named in Arabic (issue 17.1).
        assertThat(egypt.getSubject()).startsWith("تذكير: موعد تقديم تعليقات مصر على استعراض كينيا");
        assertThat(body(egypt)).contains("uncac-2-KEN", "انقضى الموعد النهائي منذ 1");
        MimeMessage kenya = to(NoticeFixture.KENYA, "Reminder");
        // The date as UN English documents write it, not the US form.
        assertThat(kenya.getSubject()).isEqualTo("Reminder: reply of Kenya to the draft country report due 30 September 2027");
        assertThat(body(kenya)).contains("Dear Ms. Wanjiru", "This is a reminder 7 day(s) before the deadline.");
    }

    @Test
    void aReviewPastTheDeskReviewGetsNoReviewCopiesYearsLate() throws Exception {
        fixture.checklistComplete();
        fixture.register.reviews().setStage(NoticeFixture.REVIEW, org.irm.register.ReviewStage.ofCode("completed"), "test");

        assertThat(fixture.desk("a", DAY).due(DAY).notices()).extracting(Notice::kind)
                .doesNotContain(NoticeKind.REVIEW_COPY, NoticeKind.MERGE_READY);
    }
}
