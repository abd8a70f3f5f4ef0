package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.review.ReviewMergeTest.MEASURES;
import static org.irm.review.ReviewMergeTest.desk;
import static org.irm.review.ReviewMergeTest.kenya;
import static org.irm.review.ReviewMergeTest.threeEditedCopies;

import java.nio.file.Path;
import java.util.List;
import org.irm.docx.Comment;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.Revision;
import org.irm.submission.DocumentInspector;
import org.irm.submission.InspectionReport;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's copy that went through real LibreOffice merges like any other, and the merged review opens there. */
class ReviewMergeLibreOfficeIT {

    @TempDir
    Path folder;

    @Test
    void aReviewCopyThatWentThroughLibreOfficeMergesAndTheMergedReviewConvertsToPdf() throws Exception {
        ReviewDesk desk = desk();
        List<Path> copies = threeEditedCopies(desk, folder);
        Path senegalThroughLibreOffice = LibreOffice.resaveAsDocx(copies.get(1), folder.resolve("lo"));

        ReviewDesk.Consolidated merged = desk.merge(kenya(),
                List.of(copies.get(0), senegalThroughLibreOffice, copies.get(2)), folder.resolve("merged"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::author).contains("Senegal (SEN) \u2014 Aminata Diallo");
        assertThat(reading.revisions()).filteredOn(r -> r.text().equals(" in 2027")).hasSize(1);
        assertThat(reading.comments()).extracting(Comment::text).contains("By whom?");
        assertThat(merged.merged().conflicts()).isEqualTo(1);
        // LibreOffice reads every merged change as a tracked change of its reviewer (what accept and reject work on).
        Path mergedThroughLibreOffice = LibreOffice.resaveAsDocx(merged.file(), folder.resolve("merged-lo"));
        DocxReading reread = new DocxReader().read(mergedThroughLibreOffice);
        assertThat(reread.revisions()).extracting(Revision::author).containsAll(
                reading.revisions().stream().map(Revision::author).toList());
        assertThat(reread.comments()).hasSameSizeAs(reading.comments());
        InspectionReport rereport = new DocumentInspector(Checklists.SEAL).inspect(mergedThroughLibreOffice)
                .report().orElseThrow();
        assertThat(rereport.comments()).filteredOn(c -> c.text().equals("By whom?") || c.text().startsWith("Conflict:"))
                .hasSize(2).allSatisfy(c -> assertThat(c.fieldId()).isEqualTo(MEASURES.toString()));
        Path pdf = LibreOffice.toPdf(merged.file(), folder.resolve("pdf"));
        String printed = LibreOffice.pdfText(pdf);
        assertThat(printed.replaceAll("\\s+", " ")).contains("Consolidated review").contains("Extend the Act").contains("2016");
        // Each printed page numbered "Page i of n" in its footer (pdftotext ends each page with a form feed).
        List<String> pages = List.of(printed.split("\f")).stream().filter(p -> !p.isBlank()).toList();
        assertThat(pages).as("pages of the merged review").hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i).replaceAll("\\s+", " ")).as("page %d", i + 1)
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
    }
}
