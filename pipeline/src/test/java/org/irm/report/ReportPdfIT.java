package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.demo.SampleReview;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the secretariat prints: every draft, both kinds in the six languages, converts to PDF and shows its headings in its language. */
class ReportPdfIT {

    @TempDir
    Path folder;

    @Test
    void theReportAndTheSummaryPrintWithTheirHeadingsInEachOfTheSixLanguages() throws Exception {
        LibreOffice.require();
        ReportService service = Reports.service(Reports.articles9And52(),
                SampleReview.of(Reports.articles9And52(), Reports.state("KEN"), Language.EN,
                        List.of(Reports.state("UGA"), Reports.state("FRA")), 3), Reports.register(folder));
        List<ReportService.Outcome> drafts = service.regenerateIfChanged("KEN", List.of(Language.values()),
                List.of(ReportKind.values()), folder.resolve("outbox"));

        List<Path> pdfs = LibreOffice.toPdf(drafts.stream().map(ReportService.Outcome::file).toList(), folder.resolve("pdf"));

        I18nLabels labels = Checklists.labels();
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < drafts.size(); i++) {
            ReportService.Outcome draft = drafts.get(i);
            Language language = draft.language();
            String text = normalised(LibreOffice.pdfText(pdfs.get(i)));
            List<String> headings = new ArrayList<>(List.of(labels.chapterHeading(language, "II"),
                    labels.chapterHeading(language, "V")));
            if (draft.kind() == ReportKind.REPORT) {
                headings.addAll(List.of(labels.text(language, "report.title", "Kenya"),
                        labels.text(language, "report.introduction.heading"), labels.text(language, "report.process.heading"),
                        labels.articleHeading(language, 9), labels.articleHeading(language, 52)));
            } else {
                headings.addAll(List.of(labels.text(language, "summary.title"),
                        labels.text(language, "report.section.recommendations")));
            }
            for (String heading : headings) {
                // pdftotext writes Arabic lines in visual order: a heading mixing Arabic with digits or Latin
                // names comes out with its words and punctuation reordered, so Arabic headings are found word by word.
                for (String part : language.rightToLeft() ? List.of(heading.split("[^\\p{L}\\p{M}\\p{N}]+")) : List.of(heading)) {
                    softly.assertThat(text).as(draft.file().getFileName() + " shows " + heading).contains(normalised(part));
                }
            }
        }
        softly.assertAll();
        assertThat(pdfs).allSatisfy(pdf -> assertThat(Files.size(pdf)).isPositive());
    }

    /**
     * pdftotext gives Arabic in presentation forms, wraps it in direction marks, and writes the
     * lam-alef ligature's two letters in visual order; headings may wrap onto two lines:
     * compare the other letters, in order, without white space.
     */
    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("[\\u0622\\u0623\\u0625\\u0627\\u0644]", "")
                .replaceAll("\\s+", "");
    }
}
