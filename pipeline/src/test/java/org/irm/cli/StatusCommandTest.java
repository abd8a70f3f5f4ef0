package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm status} on a real register: what counts as answered, in what order, and who has not returned. */
class StatusCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() {
        irm = IrmCommandLine.in(home, "irm.secret.key=status-test-key-0123456789");
    }

    /** Issues an agency's share of KEN's checklist into a folder of its own and returns the file. */
    private Path share(String agency, String provisions) throws Exception {
        Path folder = home.resolve("issued-" + agency);
        assertThat(irm.run("checklist", "--state", "KEN", "--agency", agency, "--provisions", provisions,
                "--out", folder.toString())).as(irm.err()).isZero();
        try (var files = Files.list(folder)) {
            return files.findFirst().orElseThrow();
        }
    }

    private JsonNode status(String... args) throws Exception {
        irm.clearOutput();
        List<String> all = new ArrayList<>(List.of("status", "--json"));
        all.addAll(List.of(args));
        assertThat(irm.run(all.toArray(String[]::new))).as(irm.err()).isZero();
        return new ObjectMapper().readTree(irm.out());
    }

    @Test
    void provisionsAndFieldsComeInTheConventionsOrderNotAsText() throws Exception {
        Path issued = share("Ministry of Justice", "10,5,9");
        irm.run("sample-fill", issued.toString(), "--seed", "4", "--out", home.resolve("filled.docx").toString());
        irm.run("ingest", home.resolve("filled.docx").toString());

        JsonNode state = status("--state", "KEN").at("/states/0");

        List<String> articles = new ArrayList<>();
        state.get("fields").forEach(f -> {
            String article = f.get("field").asText().split("[./]")[1];
            if (articles.isEmpty() || !articles.get(articles.size() - 1).equals(article)) {
                articles.add(article);
            }
        });
        assertThat(articles).containsSubsequence("5", "9", "10").doesNotHaveDuplicates();
        List<String> provisions = new ArrayList<>();
        state.get("provisions").forEach(p -> provisions.add(p.get("provision").asText()));
        assertThat(provisions.indexOf("uncac.5.1")).isLessThan(provisions.indexOf("uncac.9.1"));
        assertThat(provisions.indexOf("uncac.9.3")).isLessThan(provisions.indexOf("uncac.10"));
    }

    @Test
    void aProvisionIsAnsweredOnlyWhenItsRequiredFieldsAreAndTheMissingOnesAreCounted() throws Exception {
        Path blank = share("Ministry of Justice", "9");
        irm.run("ingest", blank.toString());

        JsonNode state = status().at("/states/0");

        JsonNode first = state.at("/provisions").get(0);
        assertThat(state.at("/provisionCounts/answered").asInt()).isZero();
        assertThat(state.get("missingFields").asInt()).isPositive();
        JsonNode article9 = null;
        for (JsonNode p : state.get("provisions")) {
            if (p.get("provision").asText().equals("uncac.9.1")) {
                article9 = p;
            }
        }
        assertThat(article9.get("status").asText()).isEqualTo("findings");
        assertThat(article9.get("missingFields").asInt()).isPositive();
        assertThat(first.has("missingFields")).isTrue();
    }

    @Test
    void aFieldOneAgencyLeftEmptyAndAnotherAnsweredCountsAsAnswered() throws Exception {
        Path blank = share("Ministry of Justice", "9");
        Path other = share("Public Procurement Authority", "9");
        irm.run("sample-fill", other.toString(), "--seed", "2", "--out", home.resolve("filled.docx").toString());
        irm.run("ingest", blank.toString());
        irm.run("ingest", home.resolve("filled.docx").toString());

        JsonNode provisions = status().at("/states/0/provisions");

        JsonNode article9 = null;
        for (JsonNode p : provisions) {
            if (p.get("provision").asText().equals("uncac.9.1")) {
                article9 = p;
            }
        }
        assertThat(article9.get("missingFields").asInt()).isZero();
        assertThat(article9.get("status").asText()).isEqualTo("answered");
    }

    @Test
    void aStateSentAChecklistThatReturnedNothingIsListedWithItsDeadline() throws Exception {
        assertThat(irm.run("lots", "--year", "2027", "--seed", "status-test", "--under", "KEN,EGY",
                "--date", "2027-01-10")).as(irm.err()).isZero();
        irm.run("checklist", "--state", "EGY", "--language", "ar");

        JsonNode status = status();

        assertThat(status.get("states")).isEmpty();
        assertThat(status.at("/awaiting/0/state").asText()).isEqualTo("EGY");
        assertThat(status.at("/awaiting/0/reviewId").asText()).isEqualTo("uncac-2-EGY");
        assertThat(status.at("/awaiting/0/checklistsIssued").asInt()).isEqualTo(1);
        assertThat(status.at("/awaiting/0/deadline").asText()).isEqualTo("2027-03-10");
        assertThat(status.get("awaiting")).hasSize(1); // KEN was drawn but sent nothing
        irm.clearOutput();
        irm.run("status");
        assertThat(irm.out()).contains("Sent a checklist, nothing returned yet:", "EGY Egypt (review uncac-2-EGY)",
                "due 2027-03-10");
    }
}
