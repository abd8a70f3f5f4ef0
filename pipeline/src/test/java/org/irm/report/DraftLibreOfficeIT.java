package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.catalogue.Language;
import org.irm.register.Register;
import org.irm.testsupport.LibreOffice;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft edited and saved in LibreOffice, which drops every content-control tag, still gives back its edits. */
class DraftLibreOfficeIT {

    @TempDir
    Path folder;

    @Test
    void twoBlocksEditedAndSavedThroughLibreOfficeAreFoundByTheirBookmarksAndKeptByTheNextRegeneration() throws Exception {
        LibreOffice.require();
        Register register = Reports.register(folder);
        Path outbox = folder.resolve("outbox");
        ReportService service = Reports.service(Reports.kenya(), register);
        Path draft = service.regenerateIfChanged("KEN", List.of(Language.EN), List.of(ReportKind.REPORT), outbox).get(0).file();
        String document = new DraftParts(Files.readAllBytes(draft)).document();
        String observation = "irm-report:uncac.5.1/observations";
        Matcher recommendation = Pattern.compile("w:tag w:val=\"(irm-report:[^\"]*/recommendation/[^\"]*)\"").matcher(document);
        assertThat(recommendation.find()).isTrue();
        Path edited = Zips.edit(draft, "word/document.xml", xml -> ReportDraftsTest.replaceBlockText(
                ReportDraftsTest.replaceBlockText(xml, observation, "Observed in LibreOffice on site."),
                recommendation.group(1), "Recommended in LibreOffice: publish the register."), folder.resolve("edited.docx"));

        Path resaved = LibreOffice.resaveAsDocx(edited, folder.resolve("lo"));
        String resavedDocument = new DraftParts(Files.readAllBytes(resaved)).document();
        DraftImporter.Imported imported = Reports.importer(register).importDraft(resaved, "L. Office (secretariat)");
        List<ReportService.Outcome> regenerated = service.regenerateIfChanged("KEN", List.of(Language.EN, Language.FR),
                List.of(ReportKind.REPORT), outbox);

        assertThat(resavedDocument).as("LibreOffice dropped the tags").doesNotContain("irm-report:");
        assertThat(imported.edited()).containsExactlyInAnyOrder("uncac.5.1/observations",
                recommendation.group(1).substring(BlockKey.TAG_PREFIX.length()));
        assertThat(imported.unknown()).isEmpty();
        assertThat(imported.unchanged()).isPositive();
        for (ReportService.Outcome outcome : regenerated) {
            assertThat(new DraftParts(Files.readAllBytes(outcome.file())).document())
                    .contains("Observed in LibreOffice on site.", "Recommended in LibreOffice: publish the register.");
        }
    }
}
