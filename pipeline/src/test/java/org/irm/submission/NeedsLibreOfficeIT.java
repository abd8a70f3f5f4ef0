package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.identity.FieldMarks;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Needs stated in real LibreOffice: a generated cycle-2 checklist (protected, needs as a bookmarked plain
 * table) filled through LibreOffice's own API, with more needs than the table has rows (rows inserted as a
 * user inserts them), saved as .docx and taken by the desk: every need is read back with its priority.
 * Skips with its reason (LibreOffice.require) when soffice is absent and -Dirm.lo.optional=true.
 */
class NeedsLibreOfficeIT {

    @TempDir
    Path home;

    @Test
    void needsTypedIntoTheTableInLibreOfficeWithRowsAddedAreReadBackOneByOne() throws Exception {
        LibreOffice.require();
        DeskFixture fixture = new DeskFixture(home);
        Checklists.Written issued = fixture.checklist("FRA", Language.FR, null);
        Path answered = fixture.fill(issued, DeskFixture.complete(issued.manifest()), "france.docx");
        FieldId needs = FieldId.of("uncac.9.1", "taNeeds");
        Path filled = home.resolve("lo").resolve("france-lo.docx");

        LibreOffice.fillTables(answered, filled, List.of(Map.of("bookmark", FieldMarks.bookmark(needs), "rows", List.of(
                List.of("Formation des enquêteurs financiers.", "Élevée"),
                List.of("", ""),
                List.of("Un registre des bénéficiaires effectifs.", ""),
                List.of("Logiciel de gestion des affaires.", "faible"),
                List.of("Étude sur les ententes.", "Moyenne")))));
        Acknowledgement taken = fixture.desk().take(DeskFixture.dropped(filled));

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(taken.message()).contains("0 findings");
        InspectionReport report = new DocumentInspector(Checklists.SEAL).inspect(filled).report().orElseThrow();
        Map<String, String> read = new java.util.LinkedHashMap<>();
        report.answers().forEach(a -> read.put(a.fieldId(), a.value()));
        assertThat(read).containsEntry("uncac.9.1/taNeeds", "4")
                .containsEntry("uncac.9.1/taNeeds#need-1", "Formation des enquêteurs financiers.")
                .containsEntry("uncac.9.1/taNeeds#need-1-priority", "high")
                .containsEntry("uncac.9.1/taNeeds#need-2", "Un registre des bénéficiaires effectifs.")
                .containsEntry("uncac.9.1/taNeeds#need-2-priority", "")
                .containsEntry("uncac.9.1/taNeeds#need-3-priority", "low")
                .containsEntry("uncac.9.1/taNeeds#need-4", "Étude sur les ententes.")
                .containsEntry("uncac.9.1/taNeeds#need-4-priority", "medium")
                .containsEntry("uncac.9.1/measures", DeskFixture.complete(issued.manifest()).get(FieldId.of("uncac.9.1", "measures")));
    }
}
