package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.irm.catalogue.ArticleRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register written when experts' articles were numbers (V19) still reads after V28, which lets an
 * expert hold one instrument's article ({@code tip:5}): its numbers are every instrument's articles,
 * in number order, and they overlap one instrument's article of the same number.
 */
class InstrumentArticlesMigrationTest {

    private static final String REVIEW = "untoc-1-BRA";
    private static final String MARIE = "marie.curie@france.example";
    private static final String PAUL = "paul.martin@france.example";

    @TempDir
    Path home;

    @Test
    void articlesAssignedAsNumbersBeforeReadTheSameAndStillHoldEveryInstrumentsArticleOfTheirNumber() throws Exception {
        String url = "jdbc:h2:file:" + home.resolve("register") + ";DB_CLOSE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/h2")
                .target("27").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            for (String expert : List.of(MARIE, PAUL)) {
                sql.execute("INSERT INTO review_expert (review_id, state, email, name, language, added_at) VALUES ('"
                        + REVIEW + "', 'FRA', '" + expert + "', NULL, 'en', TIMESTAMP WITH TIME ZONE '2027-01-05 10:00:00+00')");
            }
            for (int article : List.of(12, 5)) {
                sql.execute("INSERT INTO review_assignment (review_id, reviewing_state, article, email, assigned_at,"
                        + " assigned_by) VALUES ('" + REVIEW + "', 'FRA', " + article + ", '" + MARIE + "',"
                        + " TIMESTAMP WITH TIME ZONE '2027-01-06 10:00:00+00', 'secretariat')");
            }
        }

        Register register = Register.open(new RegisterDatabase(url, "sa", ""));
        ExpertAssignments assignments = register.expertAssignments(Clock.systemUTC());

        assertThat(assignments.articlesOf(REVIEW, "FRA", MARIE)).containsExactly(ArticleRef.of(5), ArticleRef.of(12));
        assertThat(assignments.of(REVIEW)).extracting(ExpertAssignments.Assignment::article)
                .containsExactly(ArticleRef.of(5), ArticleRef.of(12));
        assertThatThrownBy(() -> assignments.assign(REVIEW, "FRA", PAUL, List.of(ArticleRef.parse("tip:5")), true, "s"))
                .isInstanceOf(ExpertAssignments.Overlap.class)
                .hasMessageContaining("article 5 to " + MARIE);

        assignments.assign(REVIEW, "FRA", PAUL, List.of(ArticleRef.parse("tip:11"), ArticleRef.parse("som:11")), false, "s");
        assertThat(assignments.articlesOf(REVIEW, "FRA", PAUL)).extracting(ArticleRef::toString)
                .containsExactly("som:11", "tip:11");
        assertThat(assignments.unassign(REVIEW, "FRA", MARIE, List.of(ArticleRef.of(12)), "s"))
                .containsExactly(ArticleRef.of(12));
        assertThat(assignments.articlesOf(REVIEW, "FRA", MARIE)).containsExactly(ArticleRef.of(5));
    }
}
