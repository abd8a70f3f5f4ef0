package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.mail.MailQueue;
import org.irm.register.IntakeRegister;
import org.irm.register.SubmissionSource;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reply to a file that came by e-mail (or was ingested naming its sender) is queued before the
 * desk records the file as answered, once per e-mail, file and recipient, whatever a crash makes
 * the desk do again.
 */
class MailedRepliesTest {

    private static final String FOCAL_POINT = "focal.point@kenya.test";
    private static final String FIRST_EMAIL = "<return-1@kenya.test>";

    @TempDir
    Path home;

    private DeskFixture fixture;
    private Path filled;
    private MailQueue queue;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new DeskFixture(home);
        filled = fixture.completeReturn("KEN", Language.EN, "ken.docx");
        queue = MailQueue.under(fixture.watch(""));
    }

    @Test
    void aMailedReturnRegisteredBeforeACrashIsAnsweredOnStartOnceUnderItsEmail() throws Exception {
        Arrival mailed = inEmail(fixture.mailedByFocalPoint(filled, FOCAL_POINT, "KEN"), FIRST_EMAIL);
        breakTemplate();
        // A broken template is the pipeline's own failure: the desk throws and leaves the file for the next start.
        assertThatThrownBy(() -> fixture.desk().take(mailed)).isInstanceOf(ConfigurationException.class);
        repairTemplates();

        assertThat(fixture.desk().finishUnfinished()).hasSize(1);
        assertThat(fixture.desk().finishUnfinished()).isEmpty();

        MimeMessage answer = queue.read(single(waiting()), queue.session());
        assertThat(answer.getSubject()).startsWith("Checklist received");
        assertThat(answer.getHeader("In-Reply-To")).containsExactly(FIRST_EMAIL);
        assertThat(answer.getAllRecipients()).extracting(Object::toString).containsExactly(FOCAL_POINT);
    }

    @Test
    void theSameEmailReadAgainAfterItsAnswerWasQueuedIsNotAnsweredAgain() throws Exception {
        Arrival mailed = inEmail(fixture.mailedByFocalPoint(filled, FOCAL_POINT, "KEN"), FIRST_EMAIL);
        fixture.desk().take(mailed);

        Acknowledgement again = fixture.desk().take(mailed);

        assertThat(new MailedReplies(queue, "returns@secretariat.test").post(mailed, again)).isFalse();
        assertThat(waiting()).hasSize(1);
    }

    @Test
    void aCrashAfterTheAnswerWasQueuedAndSentButBeforeItWasRecordedQueuesNothingMoreOnStart() throws Exception {
        Arrival mailed = inEmail(fixture.mailedByFocalPoint(filled, FOCAL_POINT, "KEN"), FIRST_EMAIL);
        fixture.desk().take(mailed);
        queue.sent(single(waiting()));
        execute("DELETE FROM receipt");

        assertThat(fixture.desk().finishUnfinished()).hasSize(1);

        assertThat(waiting()).isEmpty();
        assertThat(new IntakeRegister(fixture.register()).unanswered()).isEmpty();
    }

    @Test
    void aNewEmailBringingARegisteredFileAgainIsAnsweredAlreadyReceivedOnce() throws Exception {
        Arrival first = inEmail(fixture.mailedByFocalPoint(filled, FOCAL_POINT, "KEN"), FIRST_EMAIL);
        fixture.desk().take(first);
        Arrival second = inEmail(first, "<return-2@kenya.test>");
        MailedReplies replies = new MailedReplies(queue, "returns@secretariat.test");

        Acknowledgement duplicate = fixture.desk().take(second);

        assertThat(duplicate.disposition()).isEqualTo(Disposition.DUPLICATE);
        assertThat(replies.post(second, duplicate)).isTrue();
        assertThat(replies.post(second, duplicate)).isFalse();
        assertThat(waiting()).hasSize(2);
    }

    @Test
    void aReturnFromAFolderOrAnEmailWithNoOneToAnswerIsNotAnsweredByMail() throws Exception {
        fixture.desk().take(DeskFixture.dropped(filled));
        Checklists.Written another = fixture.checklist("KEN", Language.EN, null);
        Path other = fixture.fill(another, DeskFixture.complete(another.manifest()), "auto.docx");
        // an automatic message (auto-reply, bounce) reaches the desk without a Message-ID to answer
        fixture.desk().take(fixture.mailedByFocalPoint(other, FOCAL_POINT, "KEN"));

        assertThat(waiting()).isEmpty();
    }

    @Test
    void aFileIngestedFromAnAddressIsAnsweredThereByMailOnceAsTheMailboxWould() throws Exception {
        Arrival mailed = fixture.mailedByFocalPoint(filled, FOCAL_POINT, "KEN");
        Arrival ingested = new Arrival(mailed.file(), mailed.originalName(), SubmissionSource.CLI, FOCAL_POINT, null,
                mailed.receivedAt());

        Acknowledgement taken = fixture.desk().take(ingested);

        assertThat(new MailedReplies(queue, "returns@secretariat.test").post(ingested, taken)).as("queued once").isFalse();
        MimeMessage answer = queue.read(single(waiting()), queue.session());
        assertThat(answer.getSubject()).startsWith("Checklist received");
        assertThat(answer.getAllRecipients()).extracting(Object::toString).containsExactly(FOCAL_POINT);
        assertThat(answer.getHeader("In-Reply-To")).as("no e-mail to thread under").isNull();
    }

    @Test
    void aFileIngestedFromAnAddressThatMayNotSendItIsRefusedToThatAddressByMail() throws Exception {
        Arrival ingested = new Arrival(filled, "ken.docx", SubmissionSource.CLI, "stranger@example.test", null,
                java.time.Instant.parse("2027-03-20T10:00:00Z"));

        Acknowledgement refused = fixture.desk().take(ingested);

        assertThat(refused.disposition()).isEqualTo(Disposition.REFUSED);
        MimeMessage answer = queue.read(single(waiting()), queue.session());
        assertThat(answer.getAllRecipients()).extracting(Object::toString).containsExactly("stranger@example.test");
    }

    private static Arrival inEmail(Arrival arrival, String messageId) {
        return new Arrival(arrival.file(), arrival.originalName(), arrival.source(), arrival.sender(),
                arrival.folderState(), arrival.receivedAt(), messageId);
    }

    private List<Path> waiting() throws Exception {
        if (!Files.isDirectory(queue.folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(queue.folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(MailQueue.SUFFIX)).toList();
        }
    }

    private static Path single(List<Path> files) {
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private void breakTemplate() throws Exception {
        Path templates = Files.createDirectories(home.resolve("broken-templates/mail"));
        Files.writeString(templates.resolve("registered_en.ftl"), "Subject ${noSuchValue}\n");
        fixture.settings.put("irm.templates", home.resolve("broken-templates").toString());
    }

    private void repairTemplates() {
        fixture.settings.put("irm.templates", System.getProperty("irm.templates", "../templates"));
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
                + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
