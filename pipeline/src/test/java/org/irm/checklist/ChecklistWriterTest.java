package org.irm.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Needs;
import org.irm.catalogue.QuestionKind;
import org.irm.docx.ContentControl;
import org.irm.docx.ControlKind;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.FieldMarks;
import org.irm.identity.IdentitySeal;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistWriterTest {

    @TempDir
    Path folder;

    @Test
    void theWholeChapterTwoAndFiveChecklistIsOneFileWithAControlPerFieldOfTheRightKind() throws Exception {
        Checklists.Written written = Checklists.write(folder.resolve("ken.docx"), "KEN", Language.EN);
        DocxReading reading = new DocxReader().read(written.file());

        long provisions = Checklists.cycle2().provisions().count();
        assertThat(provisions).isEqualTo(74 + 46);
        assertThat(written.manifest().fields().stream().filter(f -> f.kind() != QuestionKind.NEEDS))
                .hasSize(reading.contentControls().size());
        for (FieldMapEntry entry : written.manifest().fields()) {
            if (entry.kind() == QuestionKind.NEEDS) {
                // Needs are a plain table the State adds rows to, found by the bookmark in its header.
                assertThat(reading.table(entry.bookmark())).as(entry.field().toString()).isPresent();
                continue;
            }
            ContentControl control = reading.contentControls().stream()
                    .filter(c -> FieldMarks.tag(entry.field()).equals(c.tag())).findFirst().orElseThrow();
            assertThat(control.kind()).as(entry.field().toString()).isEqualTo(expectedKind(entry.kind()));
            assertThat(control.bookmarks()).as(entry.field().toString()).contains(FieldMarks.bookmark(entry.field()));
        }
    }

    @Test
    void theChecklistReopensInDocx4jWithItsIdentityInPropertiesAndPart() throws Exception {
        Checklists.Written written = Checklists.write(folder.resolve("ken.docx"), "KEN", Language.EN);

        WordprocessingMLPackage reopened = WordprocessingMLPackage.load(written.file().toFile());

        assertThat(reopened.getDocPropsCustomPart().getProperty("IRM.state").getLpwstr()).isEqualTo("KEN");
        assertThat(reopened.getDocPropsCustomPart().getProperty("IRM.seal").getLpwstr())
                .isEqualTo(written.manifest().identity().seal());
        assertThat(Checklists.SEAL.verifies(written.manifest().identity())).isTrue();
        assertThat(new IdentitySeal("another-key-entirely-0000".getBytes()).verifies(written.manifest().identity())).isFalse();
    }

    @Test
    void anAgencyShareHoldsOnlyItsArticlesAndNamesTheAgency() throws Exception {
        Checklists.Written written = Checklists.write(folder.resolve("moj.docx"),
                Checklists.request("KEN", Language.EN, Set.of(9, 10, 13), "Ministry of Justice", Map.of()));

        assertThat(written.manifest().identity().part()).isEqualTo("agency:Ministry of Justice");
        assertThat(written.manifest().fields()).extracting(f -> f.field().provisionId())
                .allMatch(id -> id.equals("uncac.general") || id.matches("uncac\\.(9|10|13)(\\..*)?"));
        assertThat(written.manifest().fields()).anyMatch(f -> f.field().provisionId().startsWith("uncac.13"));
    }

    @Test
    void anArabicChecklistIsRightToLeft() throws Exception {
        Checklists.Written written = Checklists.write(folder.resolve("egy.docx"), "EGY", Language.AR);

        WordprocessingMLPackage reopened = WordprocessingMLPackage.load(written.file().toFile());
        String body = XmlUtils.marshaltoString(reopened.getMainDocumentPart().getJaxbElement(), true, false);
        assertThat(body).contains("<w:bidi/>").contains("<w:rtl/>").contains("المادة");
    }

    @Test
    void needsReturnedBeforeAreShownAgainInTheNeedsTableAboveBlankRows() throws Exception {
        FieldId needs = FieldId.of("uncac.9.1", "taNeeds");
        Map<FieldId, String> previous = Map.of(needs, "2", Needs.description(needs, 1), "Formation des juges.",
                Needs.priority(needs, 1), "high", Needs.description(needs, 2), "Un logiciel.", Needs.priority(needs, 2), "",
                Needs.description(needs, 3), "Withdrawn in a later return.");
        Checklists.Written written = Checklists.write(folder.resolve("fra.docx"),
                Checklists.request("FRA", Language.FR, Set.of(9), null, previous));

        DocxReading reading = new DocxReader().read(written.file());

        assertThat(reading.table(FieldMarks.bookmark(needs)).orElseThrow().rows()).containsExactly(
                List.of("Besoin (dans vos propres termes)", "Priorité (Élevée, Moyenne ou Faible ; facultatif)"),
                List.of("Formation des juges.", "Élevée"), List.of("Un logiciel.", ""),
                List.of("", ""), List.of("", ""), List.of("", ""));
    }

    private static ControlKind expectedKind(QuestionKind kind) {
        return switch (kind) {
            case CHOICE -> ControlKind.DROPDOWN;
            case CODES -> ControlKind.CHECKBOX;
            case DATE -> ControlKind.DATE;
            case TEXT -> ControlKind.TEXT;
            case LONG_TEXT, PREVIOUS -> ControlKind.RICH_TEXT;
            case NEEDS -> throw new IllegalArgumentException("a needs question has no control");
        };
    }
}
