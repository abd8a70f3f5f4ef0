package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.QuestionKind;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.SampleAnswers;
import org.irm.identity.FieldMapEntry;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.EnglishAndArabic;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.io.TempDir;

/**
 * A State that answers in LibreOffice: the filled checklist is opened and saved as .docx by real
 * LibreOffice (which drops content-control tags), and every answer must still come back with its
 * field id, and the identity must still verify.
 */
class LibreOfficeRoundTripIT {

    @TempDir
    Path folder;

    @EnglishAndArabic
    void everyAnswerSurvivesASaveInLibreOffice(Language language) throws Exception {
        LibreOffice.require();
        Checklists.Written written = Checklists.write(folder.resolve("checklist.docx"), "KEN", language);
        Map<FieldId, String> answers = new SampleAnswers(11, language).answer(written.manifest().fields());
        Path filled = folder.resolve("checklist-filled.docx");
        new ChecklistFiller().fill(written.file(), answers, filled);

        Path resaved = LibreOffice.resaveAsDocx(filled, folder.resolve("libreoffice"));

        InspectionReport report = new DocumentInspector(Checklists.SEAL).inspect(resaved).report().orElseThrow();
        assertThat(report.application()).contains("LibreOffice");
        assertThat(report.identity().signatureValid()).as(report.identity().message()).isTrue();
        assertThat(report.problems()).isEmpty();
        Map<String, String> read = new LinkedHashMap<>();
        report.answers().forEach(a -> read.put(a.fieldId(), a.value()));
        // Needs (rows of a plain table) come back one by one, each with its priority.
        assertThat(answers.keySet()).anyMatch(f -> f.question().equals("taNeeds"));
        answers.forEach((field, value) -> assertThat(read.get(field.toString())).as(field.toString()).isEqualTo(value));
        for (FieldMapEntry entry : written.manifest().fields()) {
            if (entry.kind() == QuestionKind.PREVIOUS || entry.kind() == QuestionKind.NEEDS) {
                continue;
            }
            String expected = answers.getOrDefault(entry.field(), entry.kind() == QuestionKind.CODES ? "false" : "");
            assertThat(read.get(entry.field().toString())).as(entry.field().toString()).isEqualTo(expected);
        }
    }
}
