package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.irm.catalogue.Article;
import org.irm.catalogue.Language;
import org.irm.register.Register;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The structure of the drafts, read back with XPath (XMLUnit): headings, direction, fonts, blocks, numbering. */
class ReportStructureTest {

    @TempDir
    static Path folder;

    private static ReportService service;

    @BeforeAll
    static void sampleReview() throws Exception {
        Register register = Reports.register(folder);
        service = Reports.service(Reports.kenya(), register);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReportHasAHeadingPerArticleWithItsTitleInItsLanguage(Language language) throws Exception {
        DraftParts draft = new DraftParts(service.draft("KEN", ReportKind.REPORT, language).bytes());

        List<Article> articles = Checklists.cycle2().articles().toList();
        assertThat(draft.count("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Heading3']")).isEqualTo(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            assertThat(draft.value("word/document.xml", "string((//w:p[w:pPr/w:pStyle/@w:val='Heading3'])[" + (i + 1) + "])"))
                    .isEqualTo(Checklists.labels().articleHeading(language, articles.get(i).number()));
        }
        assertThat(draft.count("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Heading2']"))
                .isEqualTo(Checklists.cycle2().chapters().size());
        assertThat(draft.value("word/document.xml", "string((//w:p[w:pPr/w:pStyle/@w:val='Heading1'])[1])"))
                .isEqualTo(Checklists.labels().text(language, "report.introduction.heading"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSummaryHasAHeadingPerChapterUnderReview(Language language) throws Exception {
        DraftParts draft = new DraftParts(service.draft("KEN", ReportKind.SUMMARY, language).bytes());

        assertThat(draft.value("word/document.xml", "string(//w:p[w:pPr/w:pStyle/@w:val='Title'])"))
                .isEqualTo(Checklists.labels().text(language, "summary.title"));
        for (String chapter : List.of("II", "V")) {
            assertThat(draft.count("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Heading1' and string(.)="
                    + DraftParts.literal(Checklists.labels().chapterHeading(language, chapter)) + "]")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void arabicDraftsAreRightToLeftWithAnArabicFont(ReportKind kind) throws Exception {
        DraftParts draft = new DraftParts(service.draft("KEN", kind, Language.AR).bytes());
        String document = "word/document.xml";

        assertThat(draft.count(document, "/w:document/w:body/w:sectPr/w:bidi")).isEqualTo(1);
        assertThat(draft.count(document, "//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')][not(w:pPr/w:bidi)]")).isZero();
        assertThat(draft.count(document, "//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')]//w:r[not(w:rPr/w:rtl)]")).isZero();
        assertThat(draft.count(document, "//w:r[w:rPr/w:rtl]/w:rPr/w:lang[@w:bidi='ar-SA']"))
                .isEqualTo(draft.count(document, "//w:r[w:rPr/w:rtl]"));
        assertThat(draft.value("word/styles.xml", "string(//w:docDefaults//w:rFonts/@w:cs)")).isEqualTo("Arial");
        assertThat(draft.count("word/footer.xml", "//w:p[w:pPr/w:bidi]")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void englishTextInTheArabicDraftStaysLeftToRightAndIsMarked(ReportKind kind) throws Exception {
        DraftParts draft = new DraftParts(service.draft("KEN", kind, Language.AR).bytes());
        String english = "//w:sdt[w:sdtPr/w:tag[contains(@w:val, '/recommendation/')]]//w:p";

        assertThat(draft.count("word/document.xml", english)).isPositive();
        assertThat(draft.count("word/document.xml", english + "[w:pPr/w:bidi]")).isZero();
        assertThat(draft.count("word/document.xml", english + "//w:lang[@w:val='en-GB']"))
                .isEqualTo(draft.count("word/document.xml", english + "//w:r"));
        assertThat(draft.count("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='IrmLanguageNote' and string(.)="
                + DraftParts.literal(Checklists.labels().text(Language.AR, "report.writtenIn",
                        Checklists.labels().text(Language.AR, "language.en"))) + "]")).isPositive();
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void chineseDraftsAskForTheEastAsianFont(ReportKind kind) throws Exception {
        DraftParts draft = new DraftParts(service.draft("KEN", kind, Language.ZH).bytes());
        String document = "word/document.xml";

        assertThat(draft.value("word/styles.xml", "string(//w:docDefaults//w:rFonts/@w:eastAsia)")).isEqualTo("SimSun");
        assertThat(draft.value("word/styles.xml", "string(//w:docDefaults//w:lang/@w:eastAsia)")).isEqualTo("zh-CN");
        // A Chinese run: its Chinese by w:eastAsia, its Latin words tagged English (kept whole by LibreOffice).
        String chinese = "//w:r[w:rPr/w:lang/@w:eastAsia='zh-CN']";
        assertThat(draft.count(document, chinese)).isPositive();
        assertThat(draft.count(document, chinese + "[not(w:rPr/w:rFonts/@w:hint='eastAsia')]")).isZero();
        assertThat(draft.count(document, chinese + "[not(w:rPr/w:lang/@w:val='en-GB')]")).isZero();
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void everyBlockSitsInAContentControlTaggedWithItsProvisionAndKind(ReportKind kind) throws Exception {
        ReportService.Draft draft = service.draft("KEN", kind, Language.EN);
        DraftParts parts = new DraftParts(draft.bytes());

        int controls = parts.count("word/document.xml", "//w:sdt");
        assertThat(controls).isPositive();
        assertThat(parts.count("word/document.xml", "//w:sdt[starts-with(w:sdtPr/w:tag/@w:val, 'irm-report:uncac.')]"))
                .isEqualTo(controls);
        assertThat(parts.count("word/document.xml", "//w:sdt/w:sdtPr/w:id[@w:val]")).isEqualTo(controls);
        if (kind == ReportKind.REPORT) {
            long provisions = Checklists.cycle2().provisions().count();
            assertThat(parts.count("word/document.xml", "//w:sdt[contains(w:sdtPr/w:tag/@w:val, '/observations')]"))
                    .isEqualTo((int) provisions);
            assertThat(parts.count("word/document.xml", "//w:sdt[w:sdtPr/w:tag/@w:val='irm-report:uncac.5.1/measures']"))
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void technicalAssistanceNeedsAreATableWithTheirCategories(ReportKind kind) throws Exception {
        DraftParts draft = new DraftParts(service.draft("KEN", kind, Language.FR).bytes());
        String category = Checklists.labels().text(Language.FR, "code.ta-needs.legislative-drafting");

        assertThat(draft.count("word/document.xml", "//w:tbl[w:tblPr/w:tblStyle/@w:val='IrmTable']")).isPositive();
        assertThat(draft.count("word/document.xml", "//w:tbl//w:tc[1][string(.)=" + DraftParts.literal(category) + "]"))
                .isEqualTo(draft.count("word/document.xml", "//w:tbl//w:sdt[contains(w:sdtPr/w:tag/@w:val, '/taNeed/legislative-drafting')]"));
        assertThat(draft.count("word/document.xml", "//w:tbl//w:sdt")).isPositive();
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void theHeaderCarriesTheSymbolAndTheFooterThePageNumber(ReportKind kind) throws Exception {
        DraftParts draft = new DraftParts(service.draft("KEN", kind, Language.RU).bytes());

        assertThat(draft.value("word/header.xml", "string(//w:t)")).isEqualTo("CAC/COSP/IRG/II/1/1/Add.x");
        assertThat(draft.count("word/footer.xml", "//w:instrText[normalize-space(.)='PAGE']")).isEqualTo(1);
        assertThat(draft.count("word/document.xml", "/w:document/w:body/w:sectPr/w:headerReference")).isEqualTo(1);
        assertThat(draft.count("word/numbering.xml", "//w:lvl[w:numFmt/@w:val='decimal' and w:lvlText/@w:val='%1.']")).isEqualTo(1);
        assertThat(draft.count("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='UnPara']")).isPositive();
    }
}
