package org.irm.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.register.Contributors;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contributor's return is answered once: a kill between registering it and answering it leaves it to
 * be answered when the same file comes again (from the archived copy), never "already received", and
 * its input is registered once.
 */
class ContributorReturnCrashTest {

    static final Instant RETURNED = Instant.parse("2027-02-10T08:00:00Z");

    @TempDir
    Path home;

    @Test
    void aReturnWhoseAnswerAKillInterruptedIsAnsweredWhenTakenAgainAndRegisteredOnce() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String provision = ContributorsFixture.provisionsOf(9).get(0);
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(provision), List.of(), List.of());
        Path filled = fixture.fill(issued.file(), Map.of(provision, "Once."), "once.docx");
        Acknowledgement taken = fixture.drop(filled, "KEN", RETURNED);
        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        // What a kill right after the commit leaves: the return registered, no answer yet.
        for (Path written : taken.filesWritten()) {
            Files.delete(written);
        }
        execute("DELETE FROM receipt WHERE submission_id = (SELECT id FROM submission WHERE sha256 = '" + taken.sha256() + "')");

        Acknowledgement retaken = fixture.drop(Files.copy(filled, home.resolve("once-again.docx")), "KEN",
                RETURNED.plusSeconds(600));

        assertThat(retaken.disposition()).as(retaken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(retaken.message()).contains("version 1");
        assertThat(retaken.filesWritten()).singleElement().satisfies(receipt -> assertThat(receipt).exists());
        assertThat(new Contributors(fixture.register()).history(issued.form().id())).as("registered once").hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM contributor_input")).isEqualTo(1);
        assertThat(fixture.drop(Files.copy(filled, home.resolve("third.docx")), "KEN", RETURNED.plusSeconds(1200))
                .disposition()).as("answered now, so the same file again is already received").isEqualTo(Disposition.DUPLICATE);
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
