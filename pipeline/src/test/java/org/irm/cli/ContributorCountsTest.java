package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irm.catalogue.FieldId;
import org.irm.demo.ChecklistFiller;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contributors a State invited, counted where the secretariat looks: {@code irm status} (per State:
 * invited and returned by kind) and {@code irm analysis outcomes} (per kind in the note, per State under
 * {@code contributors} in the JSON, the JSON's other keys as before).
 */
class ContributorCountsTest {

    private static final String NGO = "ngo@transparency.or.ke";
    private static final String UNIVERSITY = "dean@uonbi.ac.ke";
    private static final String FIRM = "compliance@firm.co.ke";

    @TempDir
    Path home;

    @Test
    void statusAndTheOutcomesAnalysisCountTheContributorsInvitedAndThoseWhoReturnedTheirInputByKind() throws Exception {
        IrmCommandLine irm = IrmCommandLine.in(home, "irm.secret.key=contributor-counts-test-key-012345");
        assertThat(irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9")).as(irm.err()).isZero();
        Path checklist = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        irm.run("sample-fill", checklist.toString(), "--seed", "3", "--out", home.resolve("ken.docx").toString());
        assertThat(irm.run("ingest", home.resolve("ken.docx").toString())).isZero();
        invite(irm, NGO, "Transparency Kenya", "civil-society");
        invite(irm, UNIVERSITY, "University of Nairobi", "academia");
        invite(irm, FIRM, "A Firm", "private-sector");
        Path forms = home.resolve("watch-folders/outbox/KEN/contributors");
        new ChecklistFiller().fill(form(forms, "transparency-kenya"), Map.of(FieldId.parse("uncac.9.1/contribution"),
                "Few tenders are published."), home.resolve("ngo.docx"));
        assertThat(irm.run("ingest", home.resolve("ngo.docx").toString(), "--sender", NGO)).as(irm.out()).isZero();
        assertThat(irm.run("contributors", "withdraw", "--state", "KEN", "--email", FIRM)).isZero();

        irm.clearOutput();
        assertThat(irm.run("status")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("  contributors: academia 1 invited, 0 returned; civil-society 1 invited, 1 returned;"
                + " private-sector 0 invited, 0 returned, 1 withdrawn");

        irm.clearOutput();
        assertThat(irm.run("status", "--state", "KEN", "--json")).as(irm.err()).isZero();
        JsonNode contributors = new ObjectMapper().readTree(irm.out()).at("/states/0/contributors");
        assertThat(contributors).hasSize(3);
        assertThat(contributors.get(1).get("kind").asText()).isEqualTo("civil-society");
        assertThat(contributors.get(1).get("invited").asInt()).isEqualTo(1);
        assertThat(contributors.get(1).get("returned").asInt()).isEqualTo(1);
        assertThat(contributors.get(0).get("returned").asInt()).isZero();
        assertThat(contributors.get(2).get("withdrawn").asInt()).isEqualTo(1);

        irm.clearOutput();
        Path out = home.resolve("analysis");
        assertThat(irm.run("analysis", "outcomes", "--out", out.toString())).as(irm.err()).isZero();
        assertThat(irm.out()).contains("contributors invited by 1 States: 2, of whom 1 returned their input");
        JsonNode json = new ObjectMapper().readTree(file(out, ".json").toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("kind", "title", "language", "figures", "tables", "contributors");
        assertThat(json.at("/contributors")).hasSize(3);
        assertThat(json.at("/contributors/1/state").asText()).isEqualTo("KEN");
        assertThat(json.at("/contributors/1/kind").asText()).isEqualTo("civil-society");
        assertThat(json.at("/contributors/1/returned").asInt()).isEqualTo(1);
        JsonNode table = null;
        for (JsonNode t : json.get("tables")) {
            if (t.get("id").asText().equals("contributors")) {
                table = t;
            }
        }
        assertThat(table).as("the contributors' table of the outcomes").isNotNull();
        assertThat(table.get("rows").toString()).isEqualTo("[[\"Academia\",1,1,0],[\"Civil society\",1,1,1],"
                + "[\"Private sector\",0,0,0]]");
        assertThat(WordText.of(file(out, ".docx")).paragraphs())
                .contains("Contributors invited by States (academia, the private sector, civil society)");
    }

    private static void invite(IrmCommandLine irm, String email, String organisation, String kind) {
        assertThat(irm.run("contributors", "invite", "--state", "KEN", "--email", email, "--name", "Contact of " + organisation,
                "--organisation", organisation,
                "--kind", kind, "--provisions", "9.1")).as(irm.err()).isZero();
    }

    private static Path form(Path folder, String organisation) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(organisation)).findFirst().orElseThrow();
        }
    }

    private static Path file(Path folder, String extension) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElseThrow();
        }
    }
}
