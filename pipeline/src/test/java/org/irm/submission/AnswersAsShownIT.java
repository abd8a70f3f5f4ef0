package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.identity.FieldMarks;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A French checklist answered in real LibreOffice through its API, as a State's editor would: a date
 * picked and then typed over, a date written out, text that is no date, a date left alone, a list
 * and check boxes typed over. What the State sees is what is read; where the control had stored
 * something else, or the date is no date, a finding says so in French.
 */
class AnswersAsShownIT {

    static final FieldId SUBMITTED_ON = FieldId.parse("uncac.general/submittedOn");
    static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1/compliance");
    static final FieldId COORDINATION = FieldId.parse("uncac.9.1/challenges#inter-agency-coordination");
    static final FieldId LEGAL_SYSTEM = FieldId.parse("uncac.9.1/challenges#legal-system-specificities");

    @TempDir
    static Path folder;
    static Path typedOver;
    static Path writtenOut;
    static Path soon;
    static Path untouched;

    @BeforeAll
    static void answerInLibreOffice() throws Exception {
        LibreOffice.require();
        Path issued = Checklists.write(folder.resolve("checklist-FRA-fr.docx"),
                Checklists.request("FRA", Language.FR, Set.of(9), null, Map.of())).file();
        typedOver = folder.resolve("lo/typed-over.docx");
        writtenOut = folder.resolve("lo/written-out.docx");
        soon = folder.resolve("lo/soon.docx");
        untouched = folder.resolve("lo/untouched.docx");
        LibreOffice.editControls(List.of(
                new LibreOffice.ControlEdits(issued, typedOver, List.of(
                        Map.of("bookmark", bookmark(SUBMITTED_ON), "pickDate", "2025-01-15", "shows", "2025-01-15"),
                        Map.of("bookmark", bookmark(SUBMITTED_ON), "type", "2025-03-06"),
                        Map.of("bookmark", bookmark(COMPLIANCE), "choose", "Oui"),
                        Map.of("bookmark", bookmark(COMPLIANCE), "type", "Non"),
                        Map.of("bookmark", bookmark(COORDINATION), "tick", true),
                        Map.of("bookmark", bookmark(COORDINATION), "type", "\u2610"),
                        Map.of("bookmark", bookmark(LEGAL_SYSTEM), "tick", true))),
                new LibreOffice.ControlEdits(issued, writtenOut, List.of(
                        Map.of("bookmark", bookmark(SUBMITTED_ON), "type", "6 mars 2025"))),
                new LibreOffice.ControlEdits(issued, soon, List.of(
                        Map.of("bookmark", bookmark(SUBMITTED_ON), "type", "soon"))),
                new LibreOffice.ControlEdits(issued, untouched, List.of())));
    }

    @Test
    void aDatePickedThenTypedOverReadsAsTheTypedDateWithAFindingInTheChecklistsLanguage() {
        InspectionReport report = inspect(typedOver);

        assertThat(report.application()).contains("LibreOffice");
        assertThat(answer(report, SUBMITTED_ON)).isEqualTo("2025-03-06");
        assertThat(problems(report, SUBMITTED_ON)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("storedValueDiffers");
            assertThat(problem.message()).contains("« 2025-03-06 »", "« 15 janvier 2025 »", "vérifiez");
        });
    }

    @Test
    void aDateWrittenOutInAFrenchChecklistReadsAsThatDay() {
        InspectionReport report = inspect(writtenOut);

        assertThat(answer(report, SUBMITTED_ON)).isEqualTo("2025-03-06");
        assertThat(problems(report, SUBMITTED_ON)).isEmpty();
    }

    @Test
    void textThatIsNoDateIsANotADateFindingNamingTheField() {
        InspectionReport report = inspect(soon);

        assertThat(answer(report, SUBMITTED_ON)).isEqualTo("soon");
        assertThat(problems(report, SUBMITTED_ON)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("notADate");
            assertThat(problem.message()).startsWith(SUBMITTED_ON + ": ").contains("« soon » n'est pas une date");
        });
    }

    @Test
    void aDateLeftAsItsPlaceholderIsMissingNotADate() {
        InspectionReport report = inspect(untouched);

        assertThat(answer(report, SUBMITTED_ON)).isEmpty();
        assertThat(problems(report, SUBMITTED_ON)).extracting(InspectionReport.Problem::code).containsExactly("required");
    }

    @Test
    void aListTypedOverReadsAsTheItemItShows() {
        InspectionReport report = inspect(typedOver);

        assertThat(answer(report, COMPLIANCE)).isEqualTo("no");
        // LibreOffice 7.4 stores no list value of its own (w:lastValue): there is nothing to disagree with.
        assertThat(problems(report, COMPLIANCE)).isEmpty();
    }

    @Test
    void aCheckBoxTypedOverReadsAsTheGlyphItShowsWithAFinding() {
        InspectionReport report = inspect(typedOver);

        assertThat(answer(report, COORDINATION)).isEqualTo("false");
        assertThat(problems(report, COORDINATION)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("storedValueDiffers");
            assertThat(problem.message()).contains("« \u2610 »", "« \u2612 »");
        });
        assertThat(answer(report, LEGAL_SYSTEM)).isEqualTo("true");
        assertThat(problems(report, LEGAL_SYSTEM)).isEmpty();
    }

    static InspectionReport inspect(Path file) {
        InspectionReport report = new DocumentInspector(Checklists.SEAL,
                new CatalogueShelf(TemplateSource.bundled(), Checklists.labels())).inspect(file).report().orElseThrow();
        assertThat(report.identity().signatureValid()).isTrue();
        return report;
    }

    static String answer(InspectionReport report, FieldId field) {
        return report.answers().stream().filter(a -> a.fieldId().equals(field.toString())).findFirst().orElseThrow().value();
    }

    static List<InspectionReport.Problem> problems(InspectionReport report, FieldId field) {
        return report.problems().stream().filter(p -> field.toString().equals(p.fieldId())).toList();
    }

    private static String bookmark(FieldId field) {
        return FieldMarks.bookmark(field);
    }
}
