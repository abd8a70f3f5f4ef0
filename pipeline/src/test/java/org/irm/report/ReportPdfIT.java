package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.catalogue.StateNames;
import org.irm.config.TemplateSource;
import org.irm.demo.SampleReview;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.LibreOffice;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the secretariat prints: every draft, both kinds in the six languages, converts to PDF and shows its headings,
 * the State's name and the review's dates in its language; a Chinese draft keeps English words whole.
 */
class ReportPdfIT {

    @TempDir
    Path folder;

    @Test
    void theReportAndTheSummaryPrintWithTheirHeadingsInEachOfTheSixLanguages() throws Exception {
        LibreOffice.require();
        StateNames names = StateList.load(TemplateSource.bundled()).names();
        ReportService service = Reports.service(Reports.articles9And52(),
                SampleReview.of(Reports.articles9And52(), Reports.state("KEN"), Language.EN,
                        List.of(Reports.state("UGA"), Reports.state("FRA")), 3).named(names), Reports.register(folder));
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
                // The State named and the review dated in the draft's language ("تقرير الاستعراض القُطري: كينيا", "31 марта 2027 года").
                headings.addAll(List.of(labels.text(language, "report.title", names.of("KEN", language)),
                        names.of("KEN", language) + " (KEN)", DocumentDates.format(LocalDate.of(2027, 3, 31), language),
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

    @Test
    void englishWordsInAChineseDraftAreNotBrokenAcrossLines() throws Exception {
        LibreOffice.require();
        ReportService service = Reports.service(Reports.articles9And52(),
                SampleReview.of(Reports.articles9And52(), Reports.state("KEN"), Language.EN,
                        List.of(Reports.state("UGA"), Reports.state("FRA")), 3), Reports.register(folder));
        Path draft = service.regenerateIfChanged("KEN", List.of(Language.ZH), List.of(ReportKind.REPORT),
                folder.resolve("outbox")).get(0).file();
        Set<String> words = new TreeSet<>();
        for (String text : WordText.of(draft).strings("word/document.xml", "//w:t")) {
            Matcher word = LONG_LATIN_WORD.matcher(text);
            while (word.find()) {
                words.add(word.group());
            }
        }

        String printed = Normalizer.normalize(LibreOffice.pdfText(LibreOffice.toPdf(draft, folder.resolve("pdf"))),
                Normalizer.Form.NFKC);

        assertThat(words).as("English words in the Chinese draft").hasSizeGreaterThan(20);
        // LibreOffice breaks Latin words anywhere ("Procuremen" / "t") in a run whose w:lang w:val is zh-CN.
        assertThat(words).allSatisfy(word -> assertThat(printed).as("printed whole").contains(word));
    }

    @Test
    void recommendationsPrintLetteredUnderTheirLeadIn() throws Exception {
        LibreOffice.require();
        ReportService service = Reports.service(Reports.kenya(), Reports.register(folder));
        Path draft = service.regenerateIfChanged("KEN", List.of(Language.EN), List.of(ReportKind.REPORT),
                folder.resolve("outbox")).get(0).file();

        String printed = LibreOffice.pdfText(LibreOffice.toPdf(draft, folder.resolve("pdf"))).replaceAll("\\s+", " ");

        String lead = Checklists.labels().text(Language.EN, "report.recommendations.lead");
        Matcher lettered = Pattern.compile("\\d+\\. " + Pattern.quote(lead) + " \\(a\\) Adopt the draft amendment").matcher(printed);
        assertThat(lettered.find()).as("a numbered lead-in, then (a) and the recommendation, in:%n%s", printed).isTrue();
        assertThat(printed).doesNotContainPattern("\\d+\\. Adopt the draft amendment");
    }

    private static final Pattern LONG_LATIN_WORD = Pattern.compile("\\b[A-Za-z]{7,}\\b");

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
