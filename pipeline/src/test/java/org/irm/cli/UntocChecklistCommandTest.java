package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipFile;
import org.irm.catalogue.Language;
import org.irm.demo.SampleReviewer;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.testsupport.Registers;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.UntocHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm checklist --instrument untoc --cluster N: one questionnaire per instrument the State is party to, then downstream. */
class UntocChecklistCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() {
        irm = UntocHome.in(home, "untoc-command-test-key-0123456789");
    }

    @Test
    void aStatePartyToTheConventionAndTwoProtocolsGetsThreeSealedQuestionnairesOfOneReview() throws Exception {
        assertThat(irm.run("checklist", "--state", "BRA", "--instrument", "untoc", "--cluster", "1")).as(irm.err()).isZero();

        assertThat(irm.out()).contains("BRA is not party to som according to the States list");
        List<Path> written = UntocHome.docx(home.resolve("watch-folders/outbox/BRA"));
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "checklist-BRA-fa1-cluster1-en.docx", "checklist-BRA-tip1-cluster1-en.docx",
                "checklist-BRA-untoc1-cluster1-en.docx");
        List<String> instruments = new ArrayList<>();
        for (Path file : written) {
            JsonNode identity = inspect(file).get("identity");
            assertThat(identity.get("signatureValid").asBoolean()).isTrue();
            assertThat(identity.get("cluster").asInt()).isEqualTo(1);
            assertThat(identity.get("reviewId").asText()).isEqualTo("untoc-1-BRA");
            instruments.add(identity.get("instrument").asText());
        }
        assertThat(instruments).containsExactly("fa", "tip", "untoc");
    }

    @Test
    void aProtocolsQuestionnaireIssuedAloneBelongsToTheConventionsReview() throws Exception {
        assertThat(irm.run("checklist", "--state", "KEN", "--instrument", "tip", "--cluster", "1")).as(irm.err()).isZero();

        List<Path> written = UntocHome.docx(home.resolve("watch-folders/outbox/KEN"));
        assertThat(written).singleElement().satisfies(p -> assertThat(p.getFileName()).hasToString("checklist-KEN-tip1-cluster1-en.docx"));
        assertThat(inspect(written.get(0)).at("/identity/reviewId").asText()).isEqualTo("untoc-1-KEN");
    }

    @Test
    void aClusterNotInTheCatalogueIsRefusedNamingTheClustersThatAre() {
        assertThat(irm.run("checklist", "--state", "BRA", "--instrument", "untoc", "--cluster", "5")).isEqualTo(2);

        assertThat(irm.err()).contains("Cluster 5 of untoc is not in the catalogue yet",
                "catalogue/untoc-cycle1-cluster5.xml", "clusters ready: 1, 2, 3, 4.");
        assertThat(Files.exists(home.resolve("watch-folders/outbox/BRA"))).isFalse();
    }

    @Test
    void aStateNotPartyToTheConventionGetsNoQuestionnaire() {
        assertThat(irm.run("checklist", "--state", "PLW", "--instrument", "untoc", "--cluster", "1")).isEqualTo(2);

        assertThat(irm.err()).contains("Palau (PLW) is not a party to untoc according to the States list",
                "untoc_party");
    }

    @Test
    void protocolsWhoseAdherenceTheListLeavesEmptyGetNoQuestionnaireAndAreNamed() {
        assertThat(irm.run("checklist", "--state", "CHL", "--instrument", "untoc", "--cluster", "1")).as(irm.err()).isZero();

        assertThat(UntocHome.docx(home.resolve("watch-folders/outbox/CHL"))).extracting(p -> p.getFileName().toString())
                .containsExactly("checklist-CHL-tip1-cluster1-en.docx", "checklist-CHL-untoc1-cluster1-en.docx");
        assertThat(irm.out()).contains("The States list does not say whether CHL is party to som, fa (empty cells)",
                "issue one with --instrument som --cluster 1");
    }

    @Test
    void aStateWhoseAdherenceToTheConventionIsNotKnownGetsNoQuestionnaire() {
        assertThat(irm.run("checklist", "--state", "IRN", "--instrument", "untoc", "--cluster", "1")).isEqualTo(2);

        assertThat(irm.err()).contains("does not say whether", "(IRN) is party to untoc", "untoc_party cell is empty");
    }

    @Test
    void untocWithoutAClusterSaysItIsReviewedByCluster() {
        assertThat(irm.run("checklist", "--state", "BRA", "--instrument", "untoc")).isEqualTo(2);

        assertThat(irm.err()).contains("untoc is reviewed by thematic cluster: name one with --cluster N");
    }

    @Test
    void threeReturnedQuestionnairesAreRegisteredAndStatusAndTheReviewCopyCoverAllThree() throws Exception {
        irm.run("checklist", "--state", "BRA", "--instrument", "untoc", "--cluster", "1");
        irm.set("irm.cluster", "1"); // the catalogue has four clusters: the review copy covers the one under review
        List<String> filled = new ArrayList<>();
        for (Path issued : UntocHome.docx(home.resolve("watch-folders/outbox/BRA"))) {
            Path answered = home.resolve("returned-" + issued.getFileName());
            assertThat(irm.run("sample-fill", issued.toString(), "--seed", "3", "--out", answered.toString()))
                    .as(irm.err()).isZero();
            filled.add(answered.toString());
        }
        irm.clearOutput();
        List<String> ingest = new ArrayList<>(List.of("ingest"));
        ingest.addAll(filled);

        assertThat(irm.run(ingest.toArray(String[]::new))).as(irm.err()).isZero();
        assertThat(irm.out().lines().filter(l -> l.startsWith("REGISTERED"))).hasSize(3);

        irm.clearOutput();
        assertThat(irm.run("status", "--state", "BRA", "--json")).as(irm.err()).isZero();
        JsonNode state = new ObjectMapper().readTree(irm.out()).at("/states/0");
        assertThat(state.get("reviewId").asText()).isEqualTo("untoc-1-BRA");
        assertThat(state.get("versions")).hasSize(3);
        List<String> answered = new ArrayList<>();
        state.get("provisions").forEach(p -> {
            if (!"missing".equals(p.get("status").asText())) {
                answered.add(p.get("provision").asText());
            }
        });
        assertThat(answered).anyMatch(p -> p.startsWith("untoc.")).anyMatch(p -> p.startsWith("tip."))
                .anyMatch(p -> p.startsWith("fa.")).noneMatch(p -> p.startsWith("som."));
        List<String> listed = new ArrayList<>();
        state.get("provisions").forEach(p -> listed.add(p.get("provision").asText()));
        assertThat(listed).contains("untoc.23.b", "tip.5.2.c", "fa.5.2.b").noneMatch(p -> p.startsWith("som."));
        assertThat(instrumentsOf(state.get("fields"))).containsExactly("untoc", "tip", "fa");

        irm.clearOutput();
        assertThat(irm.run("review-copy", "--state", "BRA", "--reviewer", "FRA")).as(irm.err()).isZero();
        Path copy = UntocHome.docx(home.resolve("watch-folders/outbox/BRA")).stream()
                .filter(p -> p.getFileName().toString().startsWith("review-")).findFirst().orElseThrow();
        JsonNode inspected = inspect(copy);
        assertThat(inspected.at("/identity/cluster").asInt()).isEqualTo(1);
        List<String> fields = new ArrayList<>();
        inspected.get("answers").forEach(a -> fields.add(a.get("fieldId").asText()));
        assertThat(fields).anyMatch(f -> f.startsWith("untoc.5.1.a/")).anyMatch(f -> f.startsWith("tip.5.1/"))
                .anyMatch(f -> f.startsWith("fa.5.1.a/")).noneMatch(f -> f.startsWith("som."));
    }

    @Test
    void aReviewersCopyMergesAndTheReportDraftsTheConventionAndBothProtocols() throws Exception {
        assertThat(UntocHome.brazilAnswered(irm, home, 1, "5")).as(irm.err()).isZero();
        assertThat(irm.run("review-copy", "--state", "BRA", "--reviewer", "FRA")).as(irm.err()).isZero();
        Path copy = UntocHome.docx(home.resolve("watch-folders/outbox/BRA")).stream()
                .filter(p -> p.getFileName().toString().startsWith("review-")).findFirst().orElseThrow();
        Path returned = SampleReviewer.open(copy).as("Marie Curie", "2027-02-01T10:00:00Z")
                .note("tip.5.1", NoteKind.OBSERVATION, "Trafficking is criminalized in the Penal Code.")
                .note("fa.5.1.a", NoteKind.RECOMMENDATION, "Criminalize the illicit manufacturing of ammunition.")
                .save(home.resolve("fra-returned.docx"));
        irm.clearOutput();
        assertThat(irm.run("ingest", returned.toString())).as(irm.err()).isZero();
        assertThat(irm.out()).startsWith("REGISTERED");

        irm.clearOutput();
        assertThat(irm.run("merge", "--state", "BRA")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("1 review copies merged");

        irm.clearOutput();
        assertThat(irm.run("report", "--state", "BRA", "--language", "en", "--kind", "report")).as(irm.err()).isZero();
        String report = documentXml(home.resolve("watch-folders/outbox/BRA/report-BRA-en.docx"));
        assertThat(report).contains("irm-report:untoc.5.1.a/", "irm-report:tip.5.1/", "irm-report:fa.5.1.a/",
                "Trafficking in Persons Protocol", "Criminalization of participation in an organized criminal group",
                "Criminalize the illicit manufacturing of ammunition.",
                "Mechanism for the Review of the Implementation of the United Nations Convention against Transnational")
                .doesNotContain("irm-report:som.", "Convention against Corruption");
    }

    @Test
    void aStatePartyToTheConventionAndOneProtocolGetsTwoQuestionnairesOfClusterThreeWhoseReturnsGoThroughToTheReport()
            throws Exception {
        assertThat(irm.run("checklist", "--state", "JAM", "--instrument", "untoc", "--cluster", "3")).as(irm.err()).isZero();

        List<Path> written = UntocHome.docx(home.resolve("watch-folders/outbox/JAM"));
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "checklist-JAM-tip1-cluster3-en.docx", "checklist-JAM-untoc1-cluster3-en.docx");
        List<String> ingest = new ArrayList<>(List.of("ingest"));
        for (Path file : written) {
            JsonNode identity = inspect(file).get("identity");
            assertThat(identity.get("cluster").asInt()).isEqualTo(3);
            assertThat(identity.get("reviewId").asText()).isEqualTo("untoc-1-JAM");
            Path answered = home.resolve("returned-" + file.getFileName());
            assertThat(irm.run("sample-fill", file.toString(), "--seed", "11", "--out", answered.toString()))
                    .as(irm.err()).isZero();
            ingest.add(answered.toString());
        }
        irm.clearOutput();
        assertThat(irm.run(ingest.toArray(String[]::new))).as(irm.err()).isZero();
        assertThat(irm.out().lines().filter(l -> l.startsWith("REGISTERED"))).as(irm.out()).hasSize(2);

        irm.clearOutput();
        assertThat(irm.run("status", "--state", "JAM", "--json")).as(irm.err()).isZero();
        JsonNode state = new ObjectMapper().readTree(irm.out()).at("/states/0");
        assertThat(state.get("reviewId").asText()).isEqualTo("untoc-1-JAM");
        assertThat(state.get("versions")).hasSize(2);
        List<String> answered = new ArrayList<>();
        state.get("provisions").forEach(p -> {
            if (!"missing".equals(p.get("status").asText())) {
                answered.add(p.get("provision").asText());
            }
        });
        assertThat(answered).contains("untoc.12.1.a", "untoc.26.5", "tip.11.6").noneMatch(p -> p.startsWith("som."))
                .noneMatch(p -> p.startsWith("untoc.5.")).noneMatch(p -> p.startsWith("untoc.18."));
        assertThat(instrumentsOf(state.get("fields"))).containsExactly("untoc", "tip");

        irm.set("irm.cluster", "3");
        Registers.under(home).reviews().create(NewReview.of("JAM", "untoc", 1, Language.EN, ReviewStage.values()[0],
                List.of(ReviewerAssignment.of("FRA", "other-group", "untoc")), List.of(), null,
                Instant.parse("2027-01-05T10:00:00Z")));
        irm.clearOutput();
        assertThat(irm.run("review-copy", "--state", "JAM", "--reviewer", "FRA")).as(irm.err()).isZero();
        Path copy = UntocHome.docx(home.resolve("watch-folders/outbox/JAM")).stream()
                .filter(p -> p.getFileName().toString().startsWith("review-")).findFirst().orElseThrow();
        JsonNode inspected = inspect(copy);
        assertThat(inspected.at("/identity/cluster").asInt()).isEqualTo(3);
        List<String> fields = new ArrayList<>();
        inspected.get("answers").forEach(a -> fields.add(a.get("fieldId").asText()));
        assertThat(fields).anyMatch(f -> f.startsWith("untoc.12.1.a/")).anyMatch(f -> f.startsWith("tip.11.1/"))
                .noneMatch(f -> f.startsWith("untoc.5.")).noneMatch(f -> f.startsWith("som."));
        Path returned = SampleReviewer.open(copy).as("Marie Curie", "2027-02-01T10:00:00Z")
                .note("tip.11.3", NoteKind.OBSERVATION, "Carriers must check travel documents under the Aliens Act.")
                .note("untoc.12.1.a", NoteKind.RECOMMENDATION, "Allow value-based confiscation of proceeds.")
                .save(home.resolve("fra-returned-jam.docx"));
        irm.clearOutput();
        assertThat(irm.run("ingest", returned.toString())).as(irm.err()).isZero();
        assertThat(irm.out()).startsWith("REGISTERED");
        irm.clearOutput();
        assertThat(irm.run("merge", "--state", "JAM")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("1 review copies merged");

        irm.clearOutput();
        assertThat(irm.run("report", "--state", "JAM", "--language", "en", "--kind", "report")).as(irm.err()).isZero();
        String report = documentXml(home.resolve("watch-folders/outbox/JAM/report-JAM-en.docx"));
        assertThat(report).contains("irm-report:untoc.12.1.a/", "irm-report:tip.11.3/", "Confiscation and seizure",
                "Border measures", "Law enforcement and the judicial system", "Allow value-based confiscation of proceeds.")
                .doesNotContain("irm-report:untoc.5.", "irm-report:som.", "irm-report:fa.");
    }

    /** The instruments of status's answered fields as they run: the Convention's before the Protocols', not by id as text. */
    private static List<String> instrumentsOf(JsonNode fields) {
        List<String> instruments = new ArrayList<>();
        fields.forEach(f -> {
            String instrument = f.get("field").asText().split("\\.")[0];
            if (instruments.isEmpty() || !instruments.get(instruments.size() - 1).equals(instrument)) {
                instruments.add(instrument);
            }
        });
        return instruments;
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private JsonNode inspect(Path file) throws Exception {
        irm.clearOutput();
        assertThat(irm.run("inspect", file.toString(), "--json")).as(irm.err()).isIn(0, 1);
        return new ObjectMapper().readTree(irm.out());
    }
}
