package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irm.catalogue.FieldId;
import org.irm.demo.ChecklistFiller;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.SupportingFiles;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm ingest --supporting}, {@code irm documents} and {@code irm documents search}, as a user runs them. */
class DocumentsCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() {
        irm = IrmCommandLine.in(home, "irm.secret.key=documents-command-test-key-0123456789");
    }

    @Test
    void supportingDocumentsAreRegisteredListedAndSearchedWhileOtherFilesKeepTheirRefusals() throws Exception {
        Path law = write("Whistleblower Act.pdf", SupportingFiles.textPdf("Whistleblower Protection Act",
                "Part I. Preliminary.", "Part II. A whistleblower shall not be dismissed for a disclosure."));
        Path scan = write("gazette.pdf", SupportingFiles.scannedPdf(1));
        Path locked = write("locked.pdf", SupportingFiles.encryptedPdf("Confidential"));
        Path program = write("viewer.exe", SupportingFiles.program());
        Path archive = write("laws.zip", SupportingFiles.zip());

        int exit = irm.run("ingest", "--supporting", "--state", "KEN", law.toString(), scan.toString(), locked.toString(),
                program.toString(), archive.toString());

        assertThat(exit).as(irm.out() + irm.err()).isEqualTo(2);
        assertThat(irm.out()).containsPattern("REGISTERED .*Whistleblower Act.pdf registered as a supporting document"
                + " of KEN \\(pdf\\), no open review")
                .containsPattern("REGISTERED .*gazette.pdf registered .*no text layer")
                .containsPattern("REGISTERED .*locked.pdf registered .*encrypted \\(text not read\\)")
                .containsPattern("REFUSED .*viewer.exe refused \\(NOT_WORD\\)")
                .containsPattern("REFUSED .*laws.zip refused \\(NOT_A_DOCUMENT_PACKAGE\\)");
        try (Stream<Path> receipts = Files.list(home.resolve("watch-folders/outbox/KEN"))) {
            assertThat(receipts.map(p -> p.getFileName().toString())).hasSize(3)
                    .allMatch(name -> name.endsWith("-receipt.txt"));
        }

        irm.clearOutput();
        assertThat(irm.run("documents", "--state", "KEN")).isZero();
        assertThat(irm.out()).contains("KEN  Whistleblower Act.pdf  PDF", "2 pages", "title: Whistleblower Protection Act")
                .contains("locked.pdf  PDF").contains("ENCRYPTED (text not read)").contains("gazette.pdf").contains("no text layer");

        irm.clearOutput();
        assertThat(irm.run("documents", "search", "Dismissed", "WHISTLEBLOWER")).isZero();
        assertThat(irm.out()).contains("KEN  Whistleblower Act.pdf  page 2")
                .contains("A whistleblower shall not be dismissed for a disclosure.");

        irm.clearOutput();
        assertThat(irm.run("documents", "search", "whistleblower", "--state", "FRA", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(irm.out()).get("hits")).isEmpty();

        irm.clearOutput();
        assertThat(irm.run("documents", "--json")).isZero();
        JsonNode documents = new ObjectMapper().readTree(irm.out()).get("documents");
        assertThat(documents).hasSize(3);
        assertThat(documents).anySatisfy(d -> {
            assertThat(d.get("name").asText()).isEqualTo("locked.pdf");
            assertThat(d.get("encrypted").asBoolean()).isTrue();
            assertThat(d.get("state").asText()).isEqualTo("KEN");
        });
    }

    @Test
    void aReviewCopyListsTheStatesDocumentsWithTheProvisionsWhoseAnswersCiteThem() throws Exception {
        assertThat(irm.run("checklist", "--state", "KEN", "--language", "en", "--agency", "Ministry of Justice",
                "--provisions", "9")).as(irm.err()).isZero();
        Path issued = IrmCommandLine.onlyDocx(home.resolve("watch-folders/outbox/KEN"), "checklist");
        Map<FieldId, String> answers = new LinkedHashMap<>();
        answers.put(FieldId.parse("uncac.9.1/measures"), "See the public procurement and asset disposal act, part IX.");
        answers.put(FieldId.parse("uncac.9.2/measures"), "Budget Act 2025.");
        new ChecklistFiller().fill(issued, answers, home.resolve("answered.docx"));
        assertThat(irm.run("ingest", home.resolve("answered.docx").toString())).as(irm.out()).isZero();
        assertThat(irm.run("ingest", "--supporting", "--state", "KEN",
                write("ppada.pdf", SupportingFiles.textPdf("Public Procurement and Asset Disposal Act", "Part IX.")).toString(),
                write("gazette.pdf", SupportingFiles.scannedPdf(1)).toString())).as(irm.out()).isZero();

        assertThat(irm.run("review-copy", "--state", "KEN")).as(irm.err()).isZero();

        List<String> text = WordText.of(IrmCommandLine.onlyDocx(home.resolve("watch-folders/outbox/KEN"), "review-"))
                .paragraphs();
        int heading = text.indexOf("Supporting documents");
        assertThat(heading).as("the section's heading in %s", text).isPositive();
        List<String> section = text.subList(heading, text.size());
        assertThat(section).contains("ppada.pdf \u2014 Public Procurement and Asset Disposal Act (PDF, 1 pages)",
                "gazette.pdf (PDF, 1 pages, no text layer (a scan or an image))",
                "Not cited by its file name or title in the answers.");
        assertThat(section).anySatisfy(line -> assertThat(line).startsWith("Cited in the answers to: ")
                .contains("9").doesNotContain(";"));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(Files.createDirectories(home.resolve("from-kenya")).resolve(name), bytes);
    }
}
