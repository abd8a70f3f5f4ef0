package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.register.IntakeRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each point a crash can interrupt the desk at (after archiving, after registering, after writing
 * the answer but before recording it), simulated by running only the first steps, then a fresh
 * desk: every file ends registered once and answered once.
 */
class CrashSafetyTest {

    @TempDir
    Path home;

    private DeskFixture fixture;
    private Path filled;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new DeskFixture(home);
        filled = fixture.completeReturn("KEN", Language.EN, "ken.docx");
    }

    @Test
    void aCrashAfterArchivingLeavesTheFileToBeTakenAgainAndRegisteredOnce() throws Exception {
        new Archive(fixture.watch("archive")).store(DeskFixture.dropped(filled));

        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(filled));

        assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(fixture.files("archive")).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(fixture.desk().finishUnfinished()).isEmpty();
    }

    @Test
    void aCrashAfterRegisteringIsAnsweredOnStartAndOnlyOnce() throws Exception {
        breakTemplate("registered_en.ftl");
        assertThatThrownBy(() -> fixture.desk().take(DeskFixture.dropped(filled))).isInstanceOf(ConfigurationException.class);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(fixture.files("outbox")).isEmpty();
        repairTemplates();

        IntakeDesk restarted = fixture.desk();
        assertThat(restarted.finishUnfinished()).singleElement().satisfies(ack -> {
            assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED);
            assertThat(ack.message()).contains("version 1");
        });
        assertThat(restarted.finishUnfinished()).isEmpty();
        assertThat(fixture.files("outbox")).hasSize(1);
        assertThat(restarted.take(DeskFixture.dropped(filled)).disposition()).isEqualTo(Disposition.DUPLICATE);
    }

    @Test
    void aFileDroppedAgainAfterACrashBeforeItsAnswerIsAnsweredNotTreatedAsADuplicate() throws Exception {
        breakTemplate("registered_en.ftl");
        assertThatThrownBy(() -> fixture.desk().take(DeskFixture.dropped(filled))).isInstanceOf(ConfigurationException.class);
        repairTemplates();

        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(filled));

        assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(ack.filesWritten()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM receipt")).isEqualTo(1);
    }

    @Test
    void aCrashAfterWritingTheReceiptBeforeRecordingItReusesTheReceiptInsteadOfWritingASecond() throws Exception {
        Acknowledgement first = fixture.desk().take(DeskFixture.dropped(filled));
        execute("DELETE FROM receipt");

        Acknowledgement finished = fixture.desk().finishUnfinished().get(0);

        assertThat(finished.filesWritten()).isEqualTo(first.filesWritten());
        assertThat(fixture.files("outbox")).hasSize(1);
        assertThat(new IntakeRegister(fixture.register()).unanswered()).isEmpty();
    }

    @Test
    void aRefusalRegisteredBeforeACrashIsAnsweredOnStartWithOneCopyInRejected() throws Exception {
        Path pdf = Files.writeString(home.resolve("scan.pdf"), "%PDF-1.4\n%%EOF\n");
        breakTemplate("refused_en.ftl");
        assertThatThrownBy(() -> fixture.desk().take(DeskFixture.dropped(pdf))).isInstanceOf(ConfigurationException.class);
        repairTemplates();

        IntakeDesk restarted = fixture.desk();
        assertThat(restarted.finishUnfinished()).singleElement()
                .satisfies(ack -> assertThat(ack.reasonCode()).isEqualTo("NOT_WORD"));

        assertThat(fixture.files("rejected")).hasSize(2);
        assertThat(restarted.take(DeskFixture.dropped(pdf)).reasonCode()).isEqualTo("NOT_WORD");
        assertThat(fixture.files("rejected")).hasSize(2);
    }

    private void breakTemplate(String name) throws Exception {
        Path templates = Files.createDirectories(home.resolve("broken-templates/mail"));
        Files.writeString(templates.resolve(name), "Subject ${noSuchValue}\n");
        fixture.settings.put("irm.templates", home.resolve("broken-templates").toString());
    }

    private void repairTemplates() {
        fixture.settings.put("irm.templates", System.getProperty("irm.templates", "../templates"));
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
    }

    private int count(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
