package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.UntocHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * irm review assign --articles tip:5 in a UNTOC review: one instrument's article alone goes to an expert,
 * the Convention's and the other Protocols' article of the same number to another, never one article twice.
 */
class UntocExpertArticlesCommandTest {

    private static final String MARIE = "marie.curie@france.example";
    private static final String PAUL = "paul.martin@france.example";

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void brazilsClusterOneAnswersAreIn() throws Exception {
        irm = UntocHome.in(home, "untoc-articles-test-key-0123456789");
        assertThat(UntocHome.brazilAnswered(irm, home, 1, "5")).as(irm.err()).isZero();
        irm.set("irm.cluster", "1");
        irm.clearOutput();
    }

    @Test
    void oneProtocolsArticleGoesToOneExpertWhoseCopyHoldsItAloneAndTheSameNumberOfTheOthersToAnother() throws Exception {
        assertThat(irm.run("review", "assign", "--state", "BRA", "--reviewer", "FRA", "--expert", MARIE, "--name",
                "Marie Curie", "--articles", "tip:5")).as(irm.err()).isZero();

        assertThat(irm.out()).contains("reviews articles tip:5 of review untoc-1-BRA");
        Path copy = UntocHome.docx(home.resolve("watch-folders/outbox/BRA")).stream()
                .filter(p -> p.getFileName().toString().startsWith("review-")).findFirst().orElseThrow();
        List<String> fields = new ArrayList<>();
        inspect(copy).get("answers").forEach(a -> fields.add(a.get("fieldId").asText()));
        assertThat(fields).anyMatch(f -> f.startsWith("tip.5.1/"))
                .allMatch(f -> f.startsWith("tip.5.") || f.startsWith("untoc.general/"));

        // Article 5 of every instrument overlaps the Trafficking Protocol's: refused, naming who holds it.
        irm.clearOutput();
        assertThat(irm.run("review", "assign", "--state", "BRA", "--reviewer", "FRA", "--expert", PAUL, "--name",
                "Paul Martin", "--articles", "5", "--no-copy")).isEqualTo(2);
        assertThat(irm.err()).contains("Two experts of FRA cannot review the same article: article tip:5 (tip's alone) to "
                + MARIE, "irm review unassign --articles tip:5");

        irm.clearOutput();
        assertThat(irm.run("review", "assign", "--state", "BRA", "--reviewer", "FRA", "--expert", PAUL, "--name",
                "Paul Martin", "--articles", "untoc:5,FA:5", "--no-copy")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("reviews articles fa:5, untoc:5 of review untoc-1-BRA");

        irm.clearOutput();
        assertThat(irm.run("review", "assignments", "--state", "BRA", "--json")).as(irm.err()).isZero();
        JsonNode reviewers = new ObjectMapper().readTree(irm.out()).get("reviewers");
        assertThat(lineOf(reviewers, MARIE).get("assigned").toString()).isEqualTo("[\"tip:5\"]");
        assertThat(lineOf(reviewers, PAUL).get("assigned").toString()).isEqualTo("[\"fa:5\",\"untoc:5\"]");
        String rest = lineOf(reviewers, null).get("assigned").toString();
        assertThat(rest).contains("\"untoc:2\"", "\"tip:3\"", "\"som:5\"").doesNotContain("\"tip:5\"", "\"untoc:5\"",
                "\"fa:5\"");
    }

    @Test
    void anArticleNoInstrumentOfTheReviewHasOrThatIsNotAnArticleIsRefusedSayingWhatToWrite() {
        assertThat(irm.run("review", "assign", "--state", "BRA", "--reviewer", "FRA", "--expert", MARIE,
                "--articles", "tip:x", "--no-copy")).isEqualTo(2);
        assertThat(irm.err()).contains("'tip:x' is not an article", "(tip:5)");

        irm.clearOutput();
        assertThat(irm.run("review", "assign", "--state", "BRA", "--reviewer", "FRA", "--expert", MARIE,
                "--articles", "tip:18", "--no-copy")).isEqualTo(2);
        assertThat(irm.err()).contains("Article tip:18 is not part of the untoc checklist of cycle 1", "tip:3, ");
    }

    private static JsonNode lineOf(JsonNode reviewers, String expert) {
        for (JsonNode line : reviewers) {
            boolean none = !line.hasNonNull("expert");
            if (expert == null ? none && "FRA".equals(line.get("reviewer").asText())
                    : !none && expert.equals(line.get("expert").asText())) {
                return line;
            }
        }
        throw new AssertionError("no line for " + expert + " in " + reviewers);
    }

    private JsonNode inspect(Path file) throws Exception {
        irm.clearOutput();
        assertThat(irm.run("inspect", file.toString(), "--json")).as(irm.err()).isIn(0, 1);
        return new ObjectMapper().readTree(irm.out());
    }
}
