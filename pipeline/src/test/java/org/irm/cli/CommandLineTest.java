package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.irm.register.Register;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The irm command as a user runs it: output, files written, exit codes. */
class CommandLineTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=command-line-test-key-0123456789");
    }

    @Test
    void checklistThenSampleFillThenInspectReadsEveryAnswerAsJson() throws Exception {
        assertThat(irm.run("checklist", "--state", "ken", "--language", "en", "--agency", "Ministry of Justice",
                "--provisions", "9,10")).isZero();
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        assertThat(irm.run("sample-fill", issued.toString(), "--seed", "3")).isZero();
        Path filled = home.resolve("watch-folders/outbox/KEN").resolve(issued.getFileName().toString().replace(".docx", "-filled.docx"));

        irm.clearOutput();
        assertThat(irm.run("inspect", filled.toString(), "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(irm.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("format", "application", "identity", "contentControls", "comments", "revisions",
                "answers", "problems");
        assertThat(json.at("/identity/state").asText()).isEqualTo("KEN");
        assertThat(json.at("/identity/part").asText()).isEqualTo("agency:Ministry of Justice");
        assertThat(json.at("/identity/signatureValid").asBoolean()).isTrue();
        // Every control by its tag; needs (a plain table the State adds rows to) by the bookmark in the table.
        assertThat(json.get("answers")).allSatisfy(a -> assertThat(a.get("foundBy").asText())
                .isEqualTo(a.get("fieldId").asText().contains("/taNeeds") ? "bookmark" : "tag"));
        assertThat(json.at("/contentControls/0").has("level")).isTrue();
    }

    @Test
    void inspectJsonNamesADateThatIsNoDateAndABoxTypedOverInProblemsCode() throws Exception {
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        irm.run("sample-fill", issued.toString(), "--seed", "3", "--out", home.resolve("filled.docx").toString());
        Path edited = Zips.edit(home.resolve("filled.docx"), "word/document.xml", xml -> {
            // The date field shows "soon"; the first check box shows the other glyph than the state it stored.
            String dated = xml.replaceFirst("(irm:uncac\\.general/submittedOn\"(?:(?!</w:sdt>).)*?<w:t[^>]*>)[^<]*<", "$1soon<");
            int box = dated.indexOf("<w14:checked w14:val=\"");
            String state = dated.substring(box + 22, box + 23);
            return dated.substring(0, box + 22) + ("1".equals(state) ? "0" : "1") + dated.substring(box + 23);
        }, home.resolve("edited.docx"));

        irm.clearOutput();
        assertThat(irm.run("inspect", edited.toString(), "--json")).isZero();

        JsonNode problems = new ObjectMapper().readTree(irm.out()).get("problems");
        List<String> codes = new ArrayList<>();
        problems.forEach(p -> codes.add(p.get("code").asText() + " " + p.get("fieldId").asText()));
        assertThat(codes).contains("notADate uncac.general/submittedOn")
                .anySatisfy(code -> assertThat(code).startsWith("storedValueDiffers uncac.9.1/challenges#"));
    }

    @Test
    void aNewChecklistIsPrefilledFromAnEarlierOneAndLastCyclesObservations() throws Exception {
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9", "--out", home.resolve("old").toString());
        Path old = onlyDocx(home.resolve("old"));
        irm.run("sample-fill", old.toString(), "--seed", "5", "--out", home.resolve("old-filled.docx").toString());
        Path observations = Files.writeString(home.resolve("observations.csv"),
                "# provision,observation\nuncac.9.1,\"Procurement thresholds were found too high.\"\n", StandardCharsets.UTF_8);

        assertThat(irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9",
                "--previous", home.resolve("old-filled.docx").toString(), "--observations", observations.toString(),
                "--out", home.resolve("new").toString())).isZero();

        irm.clearOutput();
        irm.run("inspect", home.resolve("old-filled.docx").toString(), "--json");
        JsonNode before = new ObjectMapper().readTree(irm.out()).get("answers");
        irm.clearOutput();
        irm.run("inspect", onlyDocx(home.resolve("new")).toString(), "--json");
        JsonNode after = new ObjectMapper().readTree(irm.out()).get("answers");
        Map<String, String> carried = new HashMap<>();
        after.forEach(a -> carried.put(a.get("fieldId").asText(), a.get("value").asText()));
        before.forEach(a -> {
            if (!a.get("fieldId").asText().endsWith("/previousObservations")) {
                assertThat(carried.get(a.get("fieldId").asText())).as(a.get("fieldId").asText()).isEqualTo(a.get("value").asText());
            }
        });
        assertThat(carried.get("uncac.9.1/previousObservations")).isEqualTo("Procurement thresholds were found too high.");
    }

    @Test
    void anIssuedChecklistIsRecordedInTheRegister() throws Exception {
        irm.run("checklist", "--state", "KEN", "--provisions", "9", "--agency", "Ministry of Justice");
        Path issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        irm.clearOutput();
        irm.run("inspect", issued.toString(), "--json");
        UUID id = UUID.fromString(new ObjectMapper().readTree(irm.out()).at("/identity/checklistId").asText());

        Register register = Register.open(irm.settings());

        assertThat(register.checklist(id)).hasValueSatisfying(c -> assertThat(c.toString()).contains("KEN"));
        assertThat(register.events()).anySatisfy(e -> assertThat(e.toString()).contains("checklist.issued"));
    }

    @Test
    void aSecondChecklistNeverOverwritesTheFirst() {
        irm.run("checklist", "--state", "KEN", "--provisions", "9", "--agency", "Ministry of Justice");
        irm.run("checklist", "--state", "KEN", "--provisions", "9", "--agency", "Ministry of Justice");

        assertThat(home.resolve("watch-folders/outbox/KEN").toFile().list()).hasSize(2);
    }

    @Test
    void aFileThatIsNotWordIsRefusedWithItsReasonAndExitCodeTwo() throws Exception {
        Path legacy = home.resolve("answers.doc");
        // A Word 97-2003 file is an OLE2 compound file with a WordDocument stream: written here
        // rather than taken from ../shared/corpus, so the test runs in a clone of the project alone.
        try (POIFSFileSystem ole = new POIFSFileSystem(); var file = Files.newOutputStream(legacy)) {
            ole.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            ole.writeFilesystem(file);
        }

        int exit = irm.run("inspect", legacy.toString(), "--json");

        assertThat(exit).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(irm.out());
        assertThat(json.at("/rejected/reason").asText()).isEqualTo("LEGACY_WORD");
        assertThat(json.at("/rejected/message").asText()).contains(".docx");
    }

    @Test
    void anUnknownStateIsAPlainMessageNotAStackTrace() {
        int exit = irm.run("checklist", "--state", "XYZ");

        assertThat(exit).isEqualTo(2);
        assertThat(irm.err()).contains("Unknown State 'XYZ'").doesNotContain("Exception").doesNotContain("\tat ");
    }

}
