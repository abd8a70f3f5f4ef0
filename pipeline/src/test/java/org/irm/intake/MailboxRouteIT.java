package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.irm.register.SubmissionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MailboxRouteIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ReturnMails.server();

    private static final String RETURNS = "returns@secretariat.test";
    private static final String FOCAL_POINT = "focal.point@kenya.test";
    private static final byte[] WORD = "PK\u0003\u0004 a return".getBytes();

    @TempDir
    Path home;

    private final RecordingDesk desk = new RecordingDesk();

    @Test
    void everyAttachmentIsTakenWithTheSenderAndEachIsAnswered() throws Exception {
        GreenMailUser mailbox = MAIL.setUser(RETURNS, "returns", "secret");
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, settings())) {
            NotifyBuilder read = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenDone(1).create();
            intake.start();
            send("Our return", Map.of("return.docx", WORD, "notes.txt", "some notes".getBytes()));

            assertThat(read.matches(30, TimeUnit.SECONDS)).as("the message was read").isTrue();
            assertThat(desk.taken).extracting(t -> t.arrival().originalName()).containsExactlyInAnyOrder("return.docx", "notes.txt");
            assertThat(desk.taken).allSatisfy(t -> {
                assertThat(t.arrival().source()).isEqualTo(SubmissionSource.MAIL);
                assertThat(t.arrival().sender()).isEqualTo(FOCAL_POINT);
            });
            List<MimeMessage> answers = answersTo(FOCAL_POINT, 2);
            assertThat(answers).extracting(MimeMessage::getSubject)
                    .containsExactlyInAnyOrder("Received return.docx", "Received notes.txt");
            assertThat(answers.get(0).getHeader("In-Reply-To")).isNotNull();
            assertThat(MAIL.getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount()).isZero();
        }
    }

    @Test
    void aMessageWithoutAttachmentIsAskedForTheChecklistInTheConfiguredLanguages() throws Exception {
        MAIL.setUser(RETURNS, "returns", "secret");
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, settings())) {
            NotifyBuilder read = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenDone(1).create();
            intake.start();
            send("Question", Map.of());

            assertThat(read.matches(30, TimeUnit.SECONDS)).as("the message was read").isTrue();
            assertThat(desk.taken).isEmpty();
            MimeMessage answer = answersTo(FOCAL_POINT, 1).get(0);
            String body = GreenMailUtil.getBody(answer);
            assertThat(answer.getSubject()).contains("had no attachment").contains("aucune pièce jointe");
            assertThat(decoded(answer)).contains("completed Word file (.docx)").contains("fichier Word (.docx)");
            assertThat(body).isNotEmpty();
        }
    }

    @Test
    void attachmentNamesNeverLeaveThePrivateWorkFolder() throws Exception {
        MAIL.setUser(RETURNS, "returns", "secret");
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, settings())) {
            NotifyBuilder read = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenDone(1).create();
            intake.start();
            send("Sneaky", Map.of("../../../../tmp/evil.docx", WORD, "/etc/passwd", WORD));

            assertThat(read.matches(30, TimeUnit.SECONDS)).as("the message was read").isTrue();
            Path work = home.resolve(".irm").resolve("mail-work").toAbsolutePath().normalize();
            assertThat(desk.taken).hasSize(2).allSatisfy(t -> assertThat(t.arrival().file().toAbsolutePath().normalize())
                    .startsWithRaw(work));
            assertThat(desk.taken).extracting(t -> t.arrival().originalName())
                    .containsExactlyInAnyOrder("../../../../tmp/evil.docx", "/etc/passwd");
            assertThat(home.resolve("tmp")).doesNotExist();
            try (var left = Files.list(work)) {
                assertThat(left).as("attachments are removed once taken").isEmpty();
            }
        }
    }

    @Test
    void whenTheDeskFailsTheMessageStaysUnreadAndIsTakenAtTheNextLook() throws Exception {
        GreenMailUser mailbox = MAIL.setUser(RETURNS, "returns", "secret");
        desk.failuresToCome.set(1);
        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, settings())) {
            NotifyBuilder failed = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenFailed(1).create();
            NotifyBuilder taken = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenCompleted(1).create();
            intake.start();
            send("Our return", Map.of("return.docx", WORD));

            assertThat(failed.matches(30, TimeUnit.SECONDS)).as("the first look failed").isTrue();
            assertThat(taken.matches(30, TimeUnit.SECONDS)).as("a later look took the message").isTrue();
            assertThat(desk.taken).singleElement().extracting(RecordingDesk.Taken::bytes).isEqualTo(WORD);
            assertThat(answersTo(FOCAL_POINT, 1)).hasSize(1);
            assertThat(MAIL.getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount()).isZero();
        }
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = ReturnMails.mailSettings(MAIL, RETURNS);
        settings.put("irm.intake.unidentified.languages", "en,fr");
        return settings;
    }

    /** Mails the attachments to the returns mailbox from the focal point, as a mail program would. */
    private static void send(String subject, Map<String, byte[]> attachments) throws Exception {
        ReturnMails.send(MAIL, "Focal Point <" + FOCAL_POINT + ">", RETURNS, subject, attachments);
    }

    private static List<MimeMessage> answersTo(String address, int count) {
        return MailWaits.answersTo(MAIL, address, count);
    }

    private static String decoded(MimeMessage message) throws Exception {
        return ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
    }
}
