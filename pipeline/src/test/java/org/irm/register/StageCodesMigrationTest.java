package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A register written before the stage list became a template still reads, its stage dates included. */
class StageCodesMigrationTest {

    @TempDir
    Path home;

    @Test
    void storedFormerCodesAndTheStageMovesLoggedBeforeBecomeTheTemplatesCodesAndDates() throws Exception {
        String url = "jdbc:h2:file:" + home.resolve("register") + ";DB_CLOSE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/h2")
                .target("8").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO state (iso3, name, party) VALUES ('FRA', 'France', TRUE)");
            sql.execute("INSERT INTO review (id, state_under_review, review_cycle, instrument, review_language, stage,"
                    + " created_at) VALUES ('uncac-1-FRA', 'FRA', 1, 'uncac', 'fr', 'completed', TIMESTAMP WITH TIME ZONE"
                    + " '2012-03-01 00:00:00+00')");
            sql.execute("INSERT INTO event (occurred_at, actor, action, subject, detail) VALUES (TIMESTAMP WITH TIME ZONE"
                    + " '2013-05-07 10:00:00+00', 'secretariat', 'review.stage', 'uncac-1-FRA',"
                    + " 'executive-summary -> completed')");
        }

        Register register = Register.open(new RegisterDatabase(url, "sa", ""));

        assertThat(register.reviews().find("uncac-1-FRA").orElseThrow().stage()).isEqualTo(ReviewStage.FINAL);
        assertThat(register.reviews().stageMoves("uncac-1-FRA")).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo(ReviewStage.DRAFT_REPORT);
            assertThat(move.to()).isEqualTo(ReviewStage.FINAL);
            assertThat(move.at()).isEqualTo("2013-05-07T10:00:00Z");
        });
        assertThat(register.log("FRA", null)).singleElement().extracting(LoggedEvent::state).isEqualTo("FRA");
    }
}
