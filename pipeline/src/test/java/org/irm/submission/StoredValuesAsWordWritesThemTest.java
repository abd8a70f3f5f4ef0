package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.demo.ChecklistFiller;
import org.irm.identity.FieldMarks;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Word stores beside what a field shows: a list's last value ({@code w:lastValue}, which
 * LibreOffice 7.4 does not write) and a date in a picture the State chose ({@code w:dateFormat}).
 * The files are our checklists filled, then edited as Word leaves them.
 */
class StoredValuesAsWordWritesThemTest {

    static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1/compliance");
    static final FieldId SUBMITTED_ON = FieldId.parse("uncac.general/submittedOn");

    @TempDir
    Path folder;

    @Test
    void aListShowingAnotherItemThanTheValueItStoredReadsAsTheItemShownWithAFinding() throws Exception {
        Path file = filled(Language.EN, Map.of(COMPLIANCE, "yes"), control(COMPLIANCE, xml -> xml.replaceFirst(
                "<w:dropDownList>", "<w:dropDownList w:lastValue=\"partly\">")));

        InspectionReport report = AnswersAsShownIT.inspect(file);

        assertThat(AnswersAsShownIT.answer(report, COMPLIANCE)).isEqualTo("yes");
        assertThat(AnswersAsShownIT.problems(report, COMPLIANCE)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("storedValueDiffers");
            assertThat(problem.message()).contains("\"Yes\"", "\"Yes, in part\"");
        });
    }

    @Test
    void aListWhoseStoredValueIsTheItemShownHasNoFinding() throws Exception {
        Path file = filled(Language.EN, Map.of(COMPLIANCE, "yes"), control(COMPLIANCE, xml -> xml.replaceFirst(
                "<w:dropDownList>", "<w:dropDownList w:lastValue=\"yes\">")));

        InspectionReport report = AnswersAsShownIT.inspect(file);

        assertThat(AnswersAsShownIT.answer(report, COMPLIANCE)).isEqualTo("yes");
        assertThat(AnswersAsShownIT.problems(report, COMPLIANCE)).isEmpty();
    }

    @Test
    void aDateShownInThePickersOwnPictureReadsAsItsDayAndAgreesWithTheStoredDate() throws Exception {
        Path file = filled(Language.FR, Map.of(SUBMITTED_ON, "2025-03-06"), control(SUBMITTED_ON, xml -> xml
                .replace("w:val=\"yyyy-MM-dd\"", "w:val=\"dddd d MMMM yyyy\"").replace(">2025-03-06<", ">jeudi 6 mars 2025<")));

        InspectionReport report = AnswersAsShownIT.inspect(file);

        assertThat(AnswersAsShownIT.answer(report, SUBMITTED_ON)).isEqualTo("2025-03-06");
        assertThat(AnswersAsShownIT.problems(report, SUBMITTED_ON)).isEmpty();
    }

    @Test
    void aDatePickedAsAnotherDayThanTheOneShownReadsAsTheDayShown() throws Exception {
        Path file = filled(Language.RU, Map.of(SUBMITTED_ON, "2025-03-07"), control(SUBMITTED_ON, xml -> xml
                .replace(">2025-03-07<", ">6 марта 2025 г.<")));

        InspectionReport report = AnswersAsShownIT.inspect(file);

        assertThat(AnswersAsShownIT.answer(report, SUBMITTED_ON)).isEqualTo("2025-03-06");
        assertThat(AnswersAsShownIT.problems(report, SUBMITTED_ON)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("storedValueDiffers");
            // What the State typed is quoted as typed; the stored day as UN Russian documents write it.
            assertThat(problem.message()).contains("«6 марта 2025 г.»", "«7 марта 2025 года»");
        });
    }

    /** Changes only the content control of one field (from its tag to its end). */
    private static UnaryOperator<String> control(FieldId field, UnaryOperator<String> change) {
        return xml -> {
            int start = xml.lastIndexOf("<w:sdt>", xml.indexOf("\"" + FieldMarks.tag(field) + "\""));
            int end = xml.indexOf("</w:sdt>", start);
            return xml.substring(0, start) + change.apply(xml.substring(start, end)) + xml.substring(end);
        };
    }

    private Path filled(Language language, Map<FieldId, String> answers, UnaryOperator<String> asWordLeftIt)
            throws Exception {
        Path issued = Checklists.write(folder.resolve("issued.docx"),
                Checklists.request("KEN", language, Set.of(9), null, Map.of())).file();
        Path filled = folder.resolve("filled.docx");
        new ChecklistFiller().fill(issued, answers, filled);
        return Zips.edit(filled, "word/document.xml", asWordLeftIt, folder.resolve("edited.docx"));
    }
}
