package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
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
import org.irm.testsupport.RawZip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm ingest, irm status and irm focal-points as a user runs them, on checklists made by irm checklist. */
class IntakeCommandsTest {

    private static final String KEY = "command-line-test-key-0123456789";

    @TempDir
    Path home;

    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void configure() throws Exception {
        config = Files.writeString(home.resolve("irm.properties"),
                "irm.home=" + home + "\nirm.secret.key=" + KEY + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aSecondReturnWithTwoFieldsChangedShowsAsVersionTwoAndEachFieldsHistoryInStatus() throws Exception {
        run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = only(home.resolve("watch-folders/outbox/KEN"));
        run("sample-fill", issued.toString(), "--seed", "3", "--out", home.resolve("v1.docx").toString());
        Map<FieldId, String> answers = new LinkedHashMap<>(new ChecklistAnswers(new DocumentInspector(
                new IdentitySeal(KEY.getBytes(StandardCharsets.UTF_8)))).read(home.resolve("v1.docx")));
        answers.put(FieldId.parse("uncac.9.1/measures"), "Procurement Act amended in 2026.");
        answers.put(FieldId.parse("uncac.9.2/measures"), "Budget Act 2025.");
        new ChecklistFiller().fill(issued, answers, home.resolve("v2.docx"));

        assertThat(run("ingest", home.resolve("v1.docx").toString())).isZero();
        assertThat(run("ingest", home.resolve("v2.docx").toString())).isZero();
        assertThat(out.toString()).contains("REGISTERED", "version 1", "version 2");

        out.getBuffer().setLength(0);
        assertThat(run("status", "--state", "KEN")).isZero();
        String status = out.toString();
        assertThat(status).contains("KEN Kenya", "2 versions", "History of each answered field");
        assertThat(status.lines().filter(l -> l.endsWith("(changed)")).toList()).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("Procurement Act amended in 2026."))
                .anySatisfy(l -> assertThat(l).contains("Budget Act 2025."));

        out.getBuffer().setLength(0);
        assertThat(run("status", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/states/0/state").asText()).isEqualTo("KEN");
        assertThat(json.at("/states/0/versions")).hasSize(2);
        assertThat(json.at("/states/0/provisions/0/status").asText()).isIn("answered", "findings", "missing");
    }

    @Test
    void ingestPrintsOneLinePerFileAndExitsNonZeroWhenOneIsRefused() throws Exception {
        run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = only(home.resolve("watch-folders/outbox/KEN"));
        run("sample-fill", issued.toString(), "--seed", "4", "--out", home.resolve("ken.docx").toString());
        Path pdf = Files.writeString(home.resolve("scan.docx"), "%PDF-1.4\n%%EOF\n");
        out.getBuffer().setLength(0);

        int exit = run("ingest", home.resolve("ken.docx").toString(), pdf.toString());

        assertThat(exit).isEqualTo(2);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("REGISTERED");
        assertThat(lines.get(1)).startsWith("REFUSED").contains("NOT_WORD", "rejected");
    }

    @Test
    void aFileTheDeskCannotFinishNeverStopsTheOtherFilesOfIngestNorTheNextIngest() throws Exception {
        run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = only(home.resolve("watch-folders/outbox/KEN"));
        // Findings, so the desk writes an annotated copy of the State's own package: a zip holding
        // one entry name twice made that writer throw "duplicate entry" after registering the return.
        new ChecklistFiller().fill(issued, Map.of(FieldId.parse("uncac.9.1/compliance"), "partly"),
                home.resolve("findings.docx"));
        Path poison = withEntryTwice(home.resolve("findings.docx"), "word/document.xml", home.resolve("poison.docx"));
        run("sample-fill", issued.toString(), "--seed", "4", "--out", home.resolve("ken.docx").toString());
        out.getBuffer().setLength(0);

        int exit = run("ingest", poison.toString(), home.resolve("ken.docx").toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(exit).as(out + err.toString()).isEqualTo(2);
        assertThat(lines).hasSize(2);
        // Refused when the package is opened, before anything is registered or written (DUPLICATE_ENTRY).
        assertThat(lines.get(0)).matches("REFUSED .*poison\\.docx.*DUPLICATE_ENTRY.*");
        assertThat(lines.get(1)).startsWith("REGISTERED");

        out.getBuffer().setLength(0);
        Path empty = Files.createFile(home.resolve("empty.docx"));
        assertThat(run("ingest", empty.toString())).isEqualTo(2);
        assertThat(out.toString().lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("REFUSED").contains("EMPTY"));
    }

    @Test
    void aFileNameWithANewlineIsPrintedOnOneLine() throws Exception {
        Path forged = Files.writeString(home.resolve("scan.pdf\nREGISTERED  forged.docx"), "%PDF-1.4\n%%EOF\n");

        assertThat(run("ingest", forged.toString())).isEqualTo(2);

        assertThat(out.toString().lines().toList()).singleElement()
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
        run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = only(home.resolve("watch-folders/outbox/KEN"));
        run("sample-fill", issued.toString(), "--seed", "4", "--out", home.resolve("ken.docx").toString());

        assertThat(run("ingest", home.resolve("ken.docx").toString(), "--sender", "focal@example.ke")).isEqualTo(2);
        assertThat(out.toString()).contains("UNKNOWN_SENDER");

        assertThat(run("focal-points", "add", "--state", "KEN", "--email", "Focal@example.ke", "--language", "en")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("focal-points", "list")).isZero();
        assertThat(out.toString()).contains("KEN", "focal@example.ke", "en");
        run("sample-fill", issued.toString(), "--seed", "5", "--out", home.resolve("ken-2.docx").toString());
        assertThat(run("ingest", home.resolve("ken-2.docx").toString(), "--sender", "focal@example.ke")).isZero();
    }

    private int run(String... args) {
        return Commands.run(config, out, err, args);
    }

    private static Path only(Path folder) throws Exception {
        return Commands.onlyDocx(folder);
    }
}
