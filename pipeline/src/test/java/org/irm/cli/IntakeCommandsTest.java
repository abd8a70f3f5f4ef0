package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.demo.ChecklistFiller;
import org.irm.identity.IdentitySeal;
import org.irm.submission.ChecklistAnswers;
import org.irm.submission.DocumentInspector;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.RawZip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm ingest, irm status and irm focal-points as a user runs them, on checklists made by irm checklist. */
class IntakeCommandsTest {

    private static final String KEY = "command-line-test-key-0123456789";

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=" + KEY);
    }

    @Test
    void aSecondReturnWithTwoFieldsChangedShowsAsVersionTwoAndEachFieldsHistoryInStatus() throws Exception {
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        irm.run("sample-fill", issued.toString(), "--seed", "3", "--out", home.resolve("v1.docx").toString());
        Map<FieldId, String> answers = new LinkedHashMap<>(new ChecklistAnswers(new DocumentInspector(
                new IdentitySeal(KEY.getBytes(StandardCharsets.UTF_8)))).read(home.resolve("v1.docx")));
        answers.put(FieldId.parse("uncac.9.1/measures"), "Procurement Act amended in 2026.");
        answers.put(FieldId.parse("uncac.9.2/measures"), "Budget Act 2025.");
        new ChecklistFiller().fill(issued, answers, home.resolve("v2.docx"));

        assertThat(irm.run("ingest", home.resolve("v1.docx").toString())).isZero();
        assertThat(irm.run("ingest", home.resolve("v2.docx").toString())).isZero();
        assertThat(irm.out()).contains("REGISTERED", "version 1", "version 2");

        irm.clearOutput();
        assertThat(irm.run("status", "--state", "KEN")).isZero();
        String status = irm.out();
        assertThat(status).contains("KEN Kenya", "2 versions", "History of each answered field");
        assertThat(status.lines().filter(l -> l.endsWith("(changed)")).toList()).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("Procurement Act amended in 2026."))
                .anySatisfy(l -> assertThat(l).contains("Budget Act 2025."));

        irm.clearOutput();
        assertThat(irm.run("status", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(irm.out());
        assertThat(json.at("/states/0/state").asText()).isEqualTo("KEN");
        assertThat(json.at("/states/0/versions")).hasSize(2);
        assertThat(json.at("/states/0/provisions/0/status").asText()).isIn("answered", "findings", "missing");
    }

    @Test
    void ingestPrintsOneLinePerFileAndExitsNonZeroWhenOneIsRefused() throws Exception {
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        irm.run("sample-fill", issued.toString(), "--seed", "4", "--out", home.resolve("ken.docx").toString());
        Path pdf = Files.writeString(home.resolve("scan.docx"), "%PDF-1.4\n%%EOF\n");
        irm.clearOutput();

        int exit = irm.run("ingest", home.resolve("ken.docx").toString(), pdf.toString());

        assertThat(exit).isEqualTo(2);
        List<String> lines = irm.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("REGISTERED");
        assertThat(lines.get(1)).startsWith("REFUSED").contains("NOT_WORD", "rejected");
    }

    @Test
    void aFileTheDeskCannotFinishNeverStopsTheOtherFilesOfIngestNorTheNextIngest() throws Exception {
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        // Findings, so the desk writes an annotated copy of the State's own package: a zip holding
        // one entry name twice made that writer throw "duplicate entry" after registering the return.
        new ChecklistFiller().fill(issued, Map.of(FieldId.parse("uncac.9.1/compliance"), "partly"),
                home.resolve("findings.docx"));
        Path poison = withEntryTwice(home.resolve("findings.docx"), "word/document.xml", home.resolve("poison.docx"));
        irm.run("sample-fill", issued.toString(), "--seed", "4", "--out", home.resolve("ken.docx").toString());
        irm.clearOutput();

        int exit = irm.run("ingest", poison.toString(), home.resolve("ken.docx").toString());

        List<String> lines = irm.out().lines().toList();
        assertThat(exit).as(irm.out() + irm.err()).isEqualTo(2);
        assertThat(lines).hasSize(2);
        // Refused when the package is opened, before anything is registered or written (DUPLICATE_ENTRY).
        assertThat(lines.get(0)).matches("REFUSED .*poison\\.docx.*DUPLICATE_ENTRY.*");
        assertThat(lines.get(1)).startsWith("REGISTERED");

        irm.clearOutput();
        Path empty = Files.createFile(home.resolve("empty.docx"));
        assertThat(irm.run("ingest", empty.toString())).isEqualTo(2);
        assertThat(irm.out().lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("REFUSED").contains("EMPTY"));
    }

    @Test
    void aFileNameWithANewlineIsPrintedOnOneLine() throws Exception {
        Path forged = Files.writeString(home.resolve("scan.pdf\nREGISTERED  forged.docx"), "%PDF-1.4\n%%EOF\n");

        assertThat(irm.run("ingest", forged.toString())).isEqualTo(2);

        assertThat(irm.out().lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("REFUSED").contains("scan.pdf\\nREGISTERED  forged.docx"));
    }

    /** A copy of a package with one entry written twice under the same name (which Java's zip writer refuses to do). */
    private static Path withEntryTwice(Path docx, String entry, Path copy) throws Exception {
        RawZip zip = new RawZip();
        for (Map.Entry<String, byte[]> part : RawZip.entries(Files.readAllBytes(docx))) {
            zip.add(part.getKey(), part.getValue());
            if (part.getKey().equals(entry)) {
                zip.add(part.getKey(), part.getValue());
            }
        }
        return Files.write(copy, zip.bytes());
    }

    @Test
    void ingestFromAnAddressThatIsNoFocalPointOfTheStateIsRefusedUntilItIsRegistered() throws Exception {
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        irm.run("sample-fill", issued.toString(), "--seed", "4", "--out", home.resolve("ken.docx").toString());

        assertThat(irm.run("ingest", home.resolve("ken.docx").toString(), "--sender", "focal@example.ke")).isEqualTo(2);
        assertThat(irm.out()).contains("UNKNOWN_SENDER");

        assertThat(irm.run("focal-points", "add", "--state", "KEN", "--email", "Focal@example.ke", "--language", "en")).isZero();
        irm.clearOutput();
        assertThat(irm.run("focal-points", "list")).isZero();
        assertThat(irm.out()).contains("KEN", "focal@example.ke", "en");
        irm.run("sample-fill", issued.toString(), "--seed", "5", "--out", home.resolve("ken-2.docx").toString());
        assertThat(irm.run("ingest", home.resolve("ken-2.docx").toString(), "--sender", "focal@example.ke")).isZero();
    }

}
