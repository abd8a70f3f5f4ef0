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
import java.util.UUID;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.docx.DocxReader;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentityVerifier;
import org.irm.mail.MailQueue;
import org.irm.mail.SmtpSender;
import org.irm.mail.SmtpSettings;
import org.irm.register.DialogueQuestion;
import org.irm.register.DialogueRecords;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.IntakeFacts;
import org.irm.register.NewSubmission;
import org.irm.register.SubmissionSource;
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
    void anUnansweredQuestionListIsRemindedToTheFocalPointsOncePerPeriodInTheirLanguageElseTheLists() throws Exception {
        String deputy = "deputy@kenya.test";
        new FocalPoints(fixture.register).add(new FocalPoint("KEN", deputy, null, null), "test");
        DialogueRecords dialogue = fixture.register.dialogue();
        List<Long> asked = new ArrayList<>();
        for (String question : List.of("Is the register of awards public?", "Who audits the procuring entities?")) {
            asked.add(dialogue.ask(new DialogueRecords.NewQuestion(NoticeFixture.REVIEW, "KEN", "uncac.9.1", "FRA", null,
                    Language.FR, question, DialogueQuestion.COMMAND, null, null, Instant.parse("2027-04-01T09:00:00Z"))).id());
        }
        UUID list = UUID.randomUUID();
        String file = "questions-KEN-uncac2-fr.docx";
        Files.write(Files.createDirectories(fixture.watchRoot().resolve("outbox/KEN")).resolve(file), "the list".getBytes());
        dialogue.recordList(list.toString(), NoticeFixture.REVIEW, "KEN", Language.FR, file, asked, "test",
                Instant.parse("2027-04-02T09:00:00Z"));
        LocalDate written = LocalDate.of(2027, 4, 2);

        assertThat(questionLists(written.plusDays(13))).as("the first period (2w) has not ended").isEmpty();
        assertThat(questionLists(written.plusDays(14))).extracting(n -> n.recipient().email(), Notice::language,
                Notice::offsetDays).containsExactlyInAnyOrder(tuple(NoticeFixture.KENYA, Language.EN, 14),
                tuple(deputy, Language.FR, 14));
        deliverQueue();
        MimeMessage kenya = to(NoticeFixture.KENYA, "Reminder");
        assertThat(kenya.getSubject()).isEqualTo("Reminder: questions to Kenya in the written dialogue awaiting answers"
                + " (review uncac-2-KEN)");
        assertThat(body(kenya)).contains("Dear Ms. Wanjiru", "On 2 April 2027 the secretariat sent Kenya", file);
        assertThat(attachments(kenya)).containsOnlyKeys(file);
        assertThat(to(deputy, "Rappel").getSubject()).isEqualTo("Rappel : dialogue écrit, questions en attente de réponse, Kenya (examen uncac-2-KEN)");
        assertThat(body(to(deputy, "Rappel"))).contains("Le 2 avril 2027");
        assertThat(questionLists(written.plusDays(20))).as("once per period").isEmpty();
        assertThat(questionLists(written.plusDays(30))).extracting(Notice::offsetDays).containsOnly(28);

        Instant back = Instant.parse("2027-05-03T09:00:00Z");
        dialogue.takeAnswers(NewSubmission.accepted("a".repeat(64), list, SubmissionSource.FOLDER, null, "answers.docx", back),
                new IntakeFacts("KEN", NoticeFixture.REVIEW, "whole", Language.FR, null, "KEN", null),
                dialogue.list(list.toString()).orElseThrow(), "KEN",
                List.of(new DialogueRecords.NewAnswer(asked.get(0), "Oui.")), 1);

        assertThat(questionLists(written.plusDays(42))).as("answered, in part: the open question goes in the next list")
                .isEmpty();
        UUID next = UUID.randomUUID();
        dialogue.recordList(next.toString(), NoticeFixture.REVIEW, "KEN", Language.FR, "questions-KEN-uncac2-fr-2.docx",
                List.of(asked.get(1)), "test", Instant.parse("2027-05-20T09:00:00Z"));
        assertThat(questionLists(LocalDate.of(2027, 6, 3))).extracting(Notice::deadline, Notice::occasion)
                .containsOnly(tuple(LocalDate.of(2027, 5, 20), "questions-KEN-uncac2-fr-2.docx"));
    }

    /** The question lists' reminders queued on the day (sent once: a day's second run queues none). */
    private List<Notice> questionLists(LocalDate day) {
        return fixture.desk("a", day).sendDue().stream().filter(n -> n.kind() == NoticeKind.QUESTION_LIST).toList();
    }

    @Test
    void aReviewPastTheDeskReviewGetsNoReviewCopiesYearsLate() throws Exception {
        fixture.checklistComplete();
        fixture.register.reviews().setStage(NoticeFixture.REVIEW, org.irm.register.ReviewStage.ofCode("completed"), "test");

        assertThat(fixture.desk("a", DAY).due(DAY).notices()).extracting(Notice::kind)
                .doesNotContain(NoticeKind.REVIEW_COPY, NoticeKind.MERGE_READY);
    }
}
