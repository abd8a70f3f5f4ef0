package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.demo.SampleReview;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drafts name the State and date the review as each language writes them, and set Chinese as Chinese documents are set. */
class ReportLanguagesTest {

    @TempDir
    Path folder;

    @Test
    void theArabicAndChineseTitlesNameTheStateInTheirLanguage() throws Exception {
        assertThat(draft(Language.AR).paragraphs("Title")).containsExactly("تقرير الاستعراض القُطري: كينيا");
        assertThat(draft(Language.ZH).paragraphs("Title")).containsExactly("国别审议报告：肯尼亚");
        assertThat(String.join("\n", draft(Language.RU).paragraphs("IrmCover"))).contains("Кения (KEN)");
        assertThat(String.join("\n", draft(Language.ES).paragraphs("IrmCover"))).contains("Kenya (KEN)");
    }

    @Test
    void theReviewersAreNamedInTheDraftsLanguage() throws Exception {
        assertThat(String.join("\n", draft(Language.ZH).paragraphs("UnPara"))).contains("乌干达", "法国").doesNotContain("Uganda");
    }

    @Test
    void theReviewsDatesAreWrittenAsEachLanguageWritesThem() throws Exception {
        assertThat(String.join("\n", draft(Language.AR).paragraphs("UnPara"))).contains("31 آذار/مارس 2027", "30 أيلول/سبتمبر 2027");
        assertThat(String.join("\n", draft(Language.RU).paragraphs("UnPara"))).contains("31 марта 2027 года");
        assertThat(String.join("\n", draft(Language.ZH).paragraphs("UnPara"))).contains("2027年3月31日");
        assertThat(String.join("\n", draft(Language.FR).paragraphs("UnPara"))).contains("31 mars 2027");
    }

    @Test
    void theArabicDraftLettersSubparagraphsInArabicOrder() throws Exception {
        assertThat(draft(Language.AR).paragraphs("Heading4")).contains("الفقرة 1 (أ) من المادة 9", "الفقرة 1 (هـ) من المادة 9");
    }

    @Test
    void aChineseDraftHasNoSyntheticItalicAndKeepsItsLatinWordsWhole() throws Exception {
        WordText zh = draft(Language.ZH);

        assertThat(zh.count("word/styles.xml", "//w:i")).isZero();
        assertThat(zh.count("word/document.xml", "//w:i")).isZero();
        assertThat(zh.strings("word/styles.xml", "//w:style[@w:styleId='Heading4']//w:rFonts/@w:eastAsia")).containsExactly("KaiTi");
        // Latin words in Chinese runs are tagged English: LibreOffice breaks them anywhere in a zh-CN run.
        assertThat(zh.strings("word/styles.xml", "//w:docDefaults//w:lang/@w:val")).containsExactly("en-GB");
        assertThat(zh.count("word/document.xml", "//w:lang[@w:eastAsia='zh-CN' and @w:val!='en-GB']")).isZero();
        assertThat(draft(Language.FR).count("word/styles.xml", "//w:style[@w:styleId='Heading4']//w:i")).isOne();
    }

    private WordText draft(Language language) throws Exception {
        StateList states = StateList.load(TemplateSource.bundled());
        ReportService service = Reports.service(Reports.articles9And52(),
                SampleReview.of(Reports.articles9And52(), Reports.state("KEN"), Language.EN,
                        List.of(Reports.state("UGA"), Reports.state("FRA")), 3).named(states.names()),
                Reports.register(folder.resolve(language.code())));
        return WordText.of(service.draft("KEN", ReportKind.REPORT, language).bytes());
    }
}
