package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.demo.ChecklistFiller;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm contributors as the secretariat runs it for a State, with irm ingest and irm review-copy around it. */
class ContributorsCommandTest {

    private static final String NGO = "ngo@transparency.or.ke";

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() {
        irm = IrmCommandLine.in(home, "irm.secret.key=contributors-command-test-key-0123");
    }

    @Test
    void aStateInvitesAContributorWhoseInputReviewersSeeAndWhoCannotSendTheChecklist() throws Exception {
        assertThat(irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9")).as(irm.err()).isZero();
        Path checklist = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        irm.run("sample-fill", checklist.toString(), "--seed", "3", "--out", home.resolve("ken.docx").toString());
        assertThat(irm.run("ingest", home.resolve("ken.docx").toString())).isZero();

        assertThat(irm.run("contributors", "invite", "--state", "KEN", "--email", NGO, "--name", "J. Doe", "--organisation",
                "Transparency Kenya", "--kind", "civil-society", "--provisions", "9.1,9.2", "--show-answers", "all",
                "--share-with-reviewers", "9.1")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("Wrote", "Transparency Kenya");
        Path form = onlyDocx(home.resolve("watch-folders/outbox/KEN/contributors"));
        irm.clearOutput();
        assertThat(irm.run("inspect", form.toString())).as(irm.out() + irm.err()).isZero();
        assertThat(irm.out()).as("a contributor's form is not validated as the State's checklist")
                .contains("Seal:             valid").doesNotContain("An answer is required");
        new ChecklistFiller().fill(form, Map.of(FieldId.parse("uncac.9.1/contribution"), "Few tenders are published.",
                FieldId.parse("uncac.9.2/contribution"), "Budget hearings are closed."), home.resolve("input.docx"));
        irm.clearOutput();
        assertThat(irm.run("ingest", home.resolve("input.docx").toString(), "--sender", NGO)).as(irm.out()).isZero();
        assertThat(irm.out()).contains("REGISTERED", "contributor's input");

        irm.clearOutput();
        assertThat(irm.run("contributors", "list", "--state", "KEN", "--json")).isZero();
        JsonNode listed = new ObjectMapper().readTree(irm.out());
        assertThat(listed.at("/contributors/0/organisation").asText()).isEqualTo("Transparency Kenya");
        assertThat(listed.at("/contributors/0/forms/0/returns").asInt()).isEqualTo(1);
        assertThat(listed.at("/contributors/0/forms/0/sharedWithReviewers/0").asText()).isEqualTo("uncac.9.1");

        irm.clearOutput();
        assertThat(irm.run("contributors", "counts", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(irm.out()).at("/counts")).hasSize(2);

        irm.clearOutput();
        assertThat(irm.run("review-copy", "--state", "KEN")).as(irm.err()).isZero();
        Path copy = onlyDocx(home.resolve("watch-folders/outbox/KEN"), "review-");
        assertThat(WordText.of(copy).paragraphs()).contains("Few tenders are published.")
                .doesNotContain("Budget hearings are closed.");

        new ChecklistFiller().fill(checklist, Map.of(FieldId.parse("uncac.9.1/measures"), "Sent by the NGO."),
                home.resolve("ken-by-ngo.docx"));
        irm.clearOutput();
        assertThat(irm.run("ingest", home.resolve("ken-by-ngo.docx").toString(), "--sender", NGO)).isEqualTo(2);
        assertThat(irm.out()).contains("CONTRIBUTOR_ADDRESS");

        assertThat(irm.run("contributors", "withdraw", "--state", "KEN", "--email", NGO)).isZero();
        new ChecklistFiller().fill(form, Map.of(FieldId.parse("uncac.9.1/contribution"), "Too late."),
                home.resolve("late.docx"));
        irm.clearOutput();
        assertThat(irm.run("ingest", home.resolve("late.docx").toString(), "--sender", NGO)).isEqualTo(2);
        assertThat(irm.out()).contains("CONTRIBUTOR_WITHDRAWN");
    }
}
