package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.QuestionKind;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.SampleAnswers;
import org.irm.identity.FieldMapEntry;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate, fill as Word stores answers, inspect: every answer comes back with its field id and value. */
class ChecklistRoundTripTest {

    @TempDir
    Path folder;

    private final DocumentInspector inspector = new DocumentInspector(Checklists.SEAL);

    @Test
    void everyQuestionKindRoundTripsThroughWordsWayOfStoringAnswers() throws Exception {
        Checklists.Written written = Checklists.write(folder.resolve("ken.docx"),
                Checklists.request("KEN", Language.EN, Set.of(9), null, Map.of()));
        Map<FieldId, String> answers = new LinkedHashMap<>();
        answers.put(FieldId.parse("uncac.general/respondent"), "Ms. A. Mwangi");
        answers.put(FieldId.parse("uncac.general/submittedOn"), "2027-02-14");
        answers.put(FieldId.parse("uncac.9.1/compliance"), "partly");
        answers.put(FieldId.parse("uncac.9.1/measures"), "Public Procurement Act 2015.\nRegulation 45/2021.");
        answers.put(FieldId.parse("uncac.9.1/challenges#limited-resources"), "true");
        answers.put(FieldId.parse("uncac.9.1/challengesOther"), "Turnover of staff");
        Path filled = folder.resolve("ken-filled.docx");

        new ChecklistFiller().fill(written.file(), answers, filled);

        InspectionReport report = inspector.inspect(filled).report().orElseThrow();
        assertThat(report.identity().signatureValid()).as(report.identity().message()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.answers()).hasSize(written.manifest().fields().size());
        Map<String, String> read = new LinkedHashMap<>();
        report.answers().forEach(a -> read.put(a.fieldId(), a.value()));
        answers.forEach((field, value) -> assertThat(read.get(field.toString())).as(field.toString()).isEqualTo(value));
        assertThat(read.get("uncac.9.1/challenges#other")).isEqualTo("false");
        assertThat(read.get("uncac.9.1.a/compliance")).isEmpty();
        // Every control is found by its tag; the needs table (a plain table, no control) by its bookmark.
        assertThat(report.answers()).filteredOn(a -> !a.fieldId().contains("/taNeeds"))
                .allMatch(a -> a.foundBy().equals("tag"));
        assertThat(read.get("uncac.9.1/taNeeds")).as("no needs stated").isEmpty();
    }

    @Test
    void answersTypedWithTrackChangesOnAreReadAsAcceptedAndFlagged() throws Exception {
        Checklists.Written written = Checklists.write(folder.resolve("ken.docx"),
                Checklists.request("KEN", Language.EN, Set.of(10), null, Map.of()));
        FieldId measures = FieldId.parse("uncac.10/measures");
        Path filled = folder.resolve("ken-tracked.docx");

        new ChecklistFiller("Ministry of Justice", Instant.parse("2027-01-05T09:00:00Z"))
                .fill(written.file(), Map.of(measures, "Access to Information Act 2016."), filled);

        InspectionReport report = inspector.inspect(filled).report().orElseThrow();
        assertThat(report.answers()).filteredOn(a -> a.fieldId().equals(measures.toString())).singleElement()
                .satisfies(a -> {
                    assertThat(a.value()).isEqualTo("Access to Information Act 2016.");
                    assertThat(a.pendingChanges()).isTrue();
                });
        assertThat(report.revisions()).singleElement().satisfies(r -> {
            assertThat(r.author()).isEqualTo("Ministry of Justice");
            assertThat(r.fieldId()).isEqualTo(measures.toString());
        });
        assertThat(report.problems()).extracting(InspectionReport.Problem::code).containsExactly("pendingChanges");
    }

    @Test
    void aWholeArabicChecklistFilledLikeAStateIsReadBackCompletely() throws Exception {
        Checklists.Written written = Checklists.write(folder.resolve("egy.docx"), "EGY", Language.AR);
        Map<FieldId, String> answers = new SampleAnswers(7, Language.AR).answer(written.manifest().fields());
        Path filled = folder.resolve("egy-filled.docx");

        new ChecklistFiller().fill(written.file(), answers, filled);

        InspectionReport report = inspector.inspect(filled).report().orElseThrow();
        Map<String, String> read = new LinkedHashMap<>();
        report.answers().forEach(a -> read.put(a.fieldId(), a.value()));
        assertThat(answers.keySet()).as("the sample states some needs").anyMatch(f -> f.question().equals("taNeeds"));
        answers.forEach((field, value) -> assertThat(read.get(field.toString())).as(field.toString()).isEqualTo(value));
        for (FieldMapEntry entry : written.manifest().fields()) {
            String expected = answers.getOrDefault(entry.field(), entry.kind() == QuestionKind.CODES ? "false" : "");
            if (entry.kind() != QuestionKind.PREVIOUS && entry.kind() != QuestionKind.NEEDS) {
                assertThat(read.get(entry.field().toString())).as(entry.field().toString()).isEqualTo(expected);
            }
        }
    }
}
