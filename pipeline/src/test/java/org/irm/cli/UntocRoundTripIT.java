package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.identity.FieldMarks.bookmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.demo.ChecklistFiller;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.LibreOffice;
import org.irm.testsupport.UntocHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's acceptance for the UNTOC catalogue: a State party to the Convention and two Protocols
 * (Brazil: trafficking in persons, firearms; not smuggling of migrants) gets three questionnaires for
 * cluster 1, returns them (the Convention's answered in real LibreOffice through its own API, over a
 * first draft; the Protocols' as Word stores answers), and status and a review copy cover all three.
 */
class UntocRoundTripIT {

    private static final FieldId RESPONDENT = FieldId.parse("untoc.general/respondent");
    private static final FieldId SUBMITTED = FieldId.parse("untoc.general/submittedOn");
    private static final FieldId FIVE_A = FieldId.parse("untoc.5.1.a/implemented");
    private static final FieldId FIVE_A_LAW = FieldId.parse("untoc.5.1.a/legislation");
    private static final FieldId FIFTEEN = FieldId.parse("untoc.15.1.a/implemented");
    private static final FieldId FIFTEEN_WHY = FieldId.parse("untoc.15.1.a/explanation");

    @TempDir
    Path home;

    @Test
    void threeQuestionnairesOneFilledInLibreOfficeComeBackAndStatusAndTheReviewCopyCoverAllThree() throws Exception {
        LibreOffice.require();
        IrmCommandLine irm = UntocHome.in(home, "untoc-round-trip-key-0123456789");
        assertThat(irm.run("checklist", "--state", "BRA", "--instrument", "untoc", "--cluster", "1", "--language", "es"))
                .as(irm.err()).isZero();
        Map<String, Path> issued = new LinkedHashMap<>();
        UntocHome.docx(home.resolve("watch-folders/outbox/BRA"))
                .forEach(file -> issued.put(file.getFileName().toString().split("-")[2], file));
        assertThat(issued).containsOnlyKeys("fa1", "tip1", "untoc1");

        // LibreOffice 7.4 shows no plain-text control (it has drop-down, date and check-box ones): a short text
        // answer is text inside its bookmark, as a first draft written in Word leaves it, and is read by the bookmark.
        Path draft = home.resolve("returned/convencion-borrador.docx");
        Files.createDirectories(draft.getParent());
        new ChecklistFiller().fill(issued.get("untoc1"), Map.of(RESPONDENT, "Ministerio de Justicia, Brasilia",
                FIVE_A_LAW, "Ley 12.850 de 2013, artículo 2", FIFTEEN_WHY, "Falta la jurisdicción sobre buques."), draft);
        Path convention = home.resolve("returned/convencion-lo.docx");
        LibreOffice.editControls(List.of(new LibreOffice.ControlEdits(draft, convention, List.of(
                Map.of("bookmark", bookmark(SUBMITTED), "pickDate", "2027-03-01", "shows", "1 de marzo de 2027"),
                Map.of("bookmark", bookmark(FIVE_A), "choose", "Sí"),
                Map.of("bookmark", bookmark(FIFTEEN), "choose", "En parte")))));
        irm.clearOutput();
        assertThat(irm.run("inspect", convention.toString(), "--json")).isIn(0, 1);
        assertThat(new ObjectMapper().readTree(irm.out()).get("application").asText()).contains("LibreOffice");
        List<String> returned = new ArrayList<>(List.of("ingest", convention.toString()));
        for (String protocol : List.of("tip1", "fa1")) {
            Path filled = home.resolve("returned/" + protocol + ".docx");
            assertThat(irm.run("sample-fill", issued.get(protocol).toString(), "--seed", "7", "--out", filled.toString()))
                    .as(irm.err()).isZero();
            returned.add(filled.toString());
        }

        irm.clearOutput();
        assertThat(irm.run(returned.toArray(String[]::new))).as(irm.err()).isZero();
        assertThat(irm.out().lines().filter(l -> l.startsWith("REGISTERED"))).as(irm.out()).hasSize(3);

        irm.clearOutput();
        assertThat(irm.run("status", "--state", "BRA", "--json")).as(irm.err()).isZero();
        JsonNode state = new ObjectMapper().readTree(irm.out()).at("/states/0");
        assertThat(state.get("versions")).hasSize(3);
        Map<String, String> statusOf = new LinkedHashMap<>();
        state.get("provisions").forEach(p -> statusOf.put(p.get("provision").asText(), p.get("status").asText()));
        assertThat(statusOf).containsEntry("untoc.5.1.a", "answered").doesNotContainKey("som.6.1.a");
        assertThat(statusOf.keySet()).anyMatch(p -> p.startsWith("tip.")).anyMatch(p -> p.startsWith("fa."));
        Map<String, String> registered = new LinkedHashMap<>();
        state.get("fields").forEach(f -> registered.put(f.get("field").asText(), f.get("current").asText()));
        assertThat(registered).containsEntry(FIVE_A.toString(), "yes").containsEntry(FIFTEEN.toString(), "partly")
                .containsEntry(SUBMITTED.toString(), "2027-03-01")
                .containsEntry(RESPONDENT.toString(), "Ministerio de Justicia, Brasilia");
        assertThat(statusOf.entrySet()).anyMatch(e -> e.getKey().startsWith("tip.") && e.getValue().equals("answered"))
                .anyMatch(e -> e.getKey().startsWith("fa.") && e.getValue().equals("answered"));

        irm.clearOutput();
        assertThat(irm.run("review-copy", "--state", "BRA", "--language", "es")).as(irm.err()).isZero();
        Path copy = UntocHome.docx(home.resolve("watch-folders/outbox/BRA")).stream()
                .filter(p -> p.getFileName().toString().startsWith("review-")).findFirst().orElseThrow();
        irm.clearOutput();
        assertThat(irm.run("inspect", copy.toString(), "--json")).as(irm.err()).isIn(0, 1);
        Map<String, String> current = new LinkedHashMap<>();
        new ObjectMapper().readTree(irm.out()).get("answers")
                .forEach(a -> current.put(a.get("fieldId").asText(), a.get("value").asText()));
        assertThat(current).containsKeys(FIVE_A.toString(), FIFTEEN.toString())
                .containsEntry(FIVE_A_LAW.toString(), "Ley 12.850 de 2013, artículo 2")
                .containsEntry(FIFTEEN_WHY.toString(), "Falta la jurisdicción sobre buques.");
        assertThat(current.keySet()).anyMatch(f -> f.startsWith("tip.5.")).anyMatch(f -> f.startsWith("fa.5."))
                .noneMatch(f -> f.startsWith("som."));
    }
}
