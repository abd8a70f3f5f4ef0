package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.folders.LeftoverFiles;
import org.irm.mail.MailQueue;
import org.irm.register.IntakeRegister;
import org.irm.register.SubmissionSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded register losing its last writes to a kill (H2 does, after commit and checkpoint,
 * once its file reuses free space): simulated by putting back the register's file as it was before
 * a return was taken, after the return was archived, registered and answered. At the next start the
 * desk takes the archived file again from its arrival record, registers it and does not answer the
 * State a second time.
 */
class LostRegisterWritesTest {

    private static final String FOCAL_POINT = "focal.point@kenya.test";
    private static final String MESSAGE_ID = "<return-1@kenya.test>";

    @TempDir
    Path home;

    private DeskFixture fixture;
    private Path filled;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new DeskFixture(home);
        filled = fixture.completeReturn("KEN", Language.EN, "ken.docx");
        fixture.mailedByFocalPoint(filled, FOCAL_POINT, "KEN");
    }

    @Test
    void aReturnTheRegisterLostIsTakenAgainFromTheArchiveAndAnsweredOnce() throws Exception {
        Path before = snapshotRegister();
        Acknowledgement first = fixture.desk().take(mailed());
        assertThat(first.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(queued()).hasSize(1);

        putBack(before);
        assertThat(new IntakeRegister(fixture.register()).registeredDigests()).doesNotContain(first.sha256());

        IntakeDesk restarted = fixture.desk();
        List<Acknowledgement> finished = restarted.finishUnfinished();

        assertThat(finished).singleElement().satisfies(ack -> {
            assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED);
            assertThat(ack.sha256()).isEqualTo(first.sha256());
            assertThat(ack.message()).contains("version 1");
        });
        assertThat(fixture.register().submissionBySha256(first.sha256())).get()
                .satisfies(record -> {
                    assertThat(record.originalName()).isEqualTo("ken.docx");
                    assertThat(record.sender()).isEqualTo(FOCAL_POINT);
                    assertThat(record.source()).isEqualTo(SubmissionSource.MAIL);
                });
        assertThat(new IntakeRegister(fixture.register()).unanswered()).isEmpty();
        assertThat(queued()).as("the answer queued before the loss is not queued again").hasSize(1);
        assertThat(restarted.finishUnfinished()).as("nothing left at the next start").isEmpty();
        assertThat(restarted.take(mailed()).disposition()).isEqualTo(Disposition.DUPLICATE);
    }

    @Test
    void anotherInstancesArrivalIsLeftToItUntilItsRecordIsStale() throws Exception {
        Path before = snapshotRegister();
        fixture.settings.put("irm.instance.id", "instance-a");
        Acknowledgement first = fixture.desk().take(mailed());
        putBack(before);

        fixture.settings.put("irm.instance.id", "instance-b");
        assertThat(fixture.desk().finishUnfinished()).as("instance a may be taking it right now").isEmpty();
        assertThat(fixture.register().submissionBySha256(first.sha256())).isEmpty();

        Path record = fixture.watch("archive").resolve(ArrivalRecords.FOLDER).resolve(first.sha256());
        Files.setLastModifiedTime(record, FileTime.from(Instant.now().minus(LeftoverFiles.STALE).minusSeconds(60)));
        assertThat(fixture.desk().finishUnfinished()).singleElement()
                .satisfies(ack -> assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED));
        assertThat(queued()).hasSize(1);
    }

    @Test
    void aDamagedArrivalRecordIsPassedOverWithoutStoppingTheStart() throws Exception {
        Path before = snapshotRegister();
        Acknowledgement first = fixture.desk().take(mailed());
        putBack(before);
        Path record = fixture.watch("archive").resolve(ArrivalRecords.FOLDER).resolve(first.sha256());
        Files.writeString(record, "receivedAt=not a time\nsource=PIGEON\n");

        assertThat(fixture.desk().finishUnfinished()).isEmpty();
        assertThat(fixture.watch("archive").resolve(first.sha256())).exists();
        assertThat(record).hasContent("receivedAt=not a time\nsource=PIGEON\n");
    }

    @Test
    void theArrivalRecordKeepsHowTheFileFirstCameIn() throws Exception {
        Acknowledgement first = fixture.desk().take(mailed());
        fixture.desk().take(DeskFixture.dropped(filled));

        ArrivalRecords records = new ArrivalRecords(fixture.watch("archive"));
        assertThat(records.digests()).containsExactly(first.sha256());
        assertThat(records.read(first.sha256())).get().satisfies(kept -> {
            assertThat(kept.originalName()).isEqualTo("ken.docx");
            assertThat(kept.source()).isEqualTo(SubmissionSource.MAIL);
            assertThat(kept.sender()).isEqualTo(FOCAL_POINT);
            assertThat(kept.messageId()).isEqualTo(MESSAGE_ID);
            assertThat(kept.receivedAt()).isEqualTo(DeskFixture.ARRIVED);
            assertThat(kept.folderState()).isNull();
        });
    }

    private Arrival mailed() {
        return new Arrival(filled, "ken.docx", SubmissionSource.MAIL, FOCAL_POINT, null, DeskFixture.ARRIVED, MESSAGE_ID);
    }

    private List<Path> queued() throws Exception {
        Path queue = fixture.watch(MailQueue.FOLDER);
        try (Stream<Path> files = Files.walk(queue)) {
            return files.filter(f -> f.getFileName().toString().endsWith(MailQueue.SUFFIX)).toList();
        }
    }

    /** Closes the embedded register and copies its file aside. */
    private Path snapshotRegister() throws Exception {
        shutDown();
        Path copy = home.resolve("register-before.mv.db");
        Files.copy(registerFile(), copy);
        return copy;
    }

    /** Closes the embedded register and puts the copy back: the writes since are lost. */
    private void putBack(Path copy) throws Exception {
        shutDown();
        Files.copy(copy, registerFile(), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path registerFile() {
        return home.resolve("irm-data/register.mv.db");
    }

    private void shutDown() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
                + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
