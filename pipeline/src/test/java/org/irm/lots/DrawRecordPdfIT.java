package org.irm.lots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of a draw of forty reviews, as the Implementation Review Group prints it: every page numbered. */
class DrawRecordPdfIT {

    @TempDir
    Path folder;

    @Test
    void everyPrintedPageOfTheRecordIsNumberedPageIOfN() throws Exception {
        LibreOffice.require();
        StateListRoster states = Fixtures.realStates();
        List<String> under = states.parties().stream().filter(p -> p.isPartyTo("uncac") && p.hasGroup())
                .map(Party::iso3).limit(40).toList();
        DrawResult result = new LotDrawer().draw(new DrawInputs(states, Fixtures.uncac(), ReviewHistory.none(),
                Fixtures.request(2026, "forty", under, Set.of())));
        Path record = folder.resolve("lots-uncac-c2-2026.docx");
        new DrawRecordDocument(RecordLabels.from(Fixtures.templates()), Fixtures.templates())
                .write(result, states, "lots-uncac-c2-2026.json", record);

        String printed = LibreOffice.pdfText(LibreOffice.toPdf(record, folder.resolve("pdf")));

        // pdftotext ends each page with a form feed.
        List<String> pages = List.of(printed.split("\f")).stream().filter(p -> !p.isBlank()).toList();
        assertThat(pages).as("pages of the record").hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i).replaceAll("\\s+", " ")).as("page %d", i + 1)
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
        // The table starts on the second page (the rules fill the first) and runs onto the third under its heading row.
        assertThat(pages).hasSizeGreaterThan(3);
        assertThat(pages.get(2).replaceAll("\\s+", " ")).as("the table's heading row, repeated on the next page")
                .contains("State under review Regional group");
    }
}
