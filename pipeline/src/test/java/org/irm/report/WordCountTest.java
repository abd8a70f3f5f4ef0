package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.catalogue.Language;
import org.irm.docx.StableZip;
import org.irm.register.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordCountTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @Test
    void wordsAreRunsOfLettersAndDigitsAndEachChineseCharacterIsOne() {
        assertThat(WordCount.of("The State's anti-corruption law, 2027.")).isEqualTo(5);
        assertThat(WordCount.of("国家报告")).isEqualTo(4);
        assertThat(WordCount.of("\uD840\uDC00 and \uD840\uDC01")).as("Han beyond the basic plane").isEqualTo(3);
        assertThat(WordCount.of("قَانُون مكافحة")).as("Arabic with its vowel marks").isEqualTo(2);
    }

    @Test
    void runsOfOneParagraphJoinAndParagraphsSeparate() {
        String xml = "<w:document " + W + "><w:body><w:p><w:r><w:t>exam</w:t></w:r><w:r><w:t xml:space=\"preserve\">ple"
                + "</w:t></w:r></w:p><w:p><w:r><w:t>next</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"
                + "<w:p><w:r><w:t>&amp; 国家</w:t></w:r></w:p></w:body></w:document>";

        assertThat(WordCount.ofWordprocessingML(xml)).isEqualTo(1 + 1 + 2);
    }

    @Test
    void aDraftsOwnWordsLeaveOutLanguageMarkersAndUntranslatedBlocks() {
        String xml = "<w:document " + W + "><w:body>"
                + "<w:p><w:r><w:t>Observations of the reviewers</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"IrmLanguageNote\"/></w:pPr><w:r><w:t>Rédigé en anglais, non traduit.</w:t></w:r></w:p>"
                + "<w:sdt><w:sdtPr><w:tag w:val=\"irm-report:uncac.5.1/observations\"/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:t>The State has adopted a law.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                + "<w:sdt><w:sdtPr><w:tag w:val=\"irm-report:uncac.5.2/observations\"/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:t>L'État a adopté une loi.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                + "</w:body></w:document>";

        assertThat(WordCount.ofWordprocessingML(xml)).as("as Word counts the page").isEqualTo(4 + 5 + 6 + 5);
        assertThat(WordCount.ofDraft(xml, Set.of("irm-report:uncac.5.1/observations"), 1)).isEqualTo(4 + 5);
    }

    @Test
    void chineseCharactersCountAtTheRateGiven() {
        String xml = "<w:document " + W + "><w:body><w:p><w:r><w:t>国家报告审议 UNCAC</w:t></w:r></w:p></w:body></w:document>";

        assertThat(WordCount.ofDraft(xml, Set.of(), 1)).isEqualTo(6 + 1);
        assertThat(WordCount.ofDraft(xml, Set.of(), 1.5)).isEqualTo(4 + 1);
        assertThat(WordCount.ofDraft(xml, Set.of(), 4)).as("rounded up").isEqualTo(2 + 1);
    }

    @TempDir
    Path folder;

    @Test
    void theScanOfEveryRenderedDraftCountsAsTheParserDoes() throws Exception {
        try (Register register = Reports.register(folder)) {
            ReportService service = Reports.service(Reports.kenya(), register);
            for (ReportKind kind : ReportKind.values()) {
                for (Language language : Language.values()) {
                    String body = new String(StableZip.entry(service.draft("KEN", kind, language).bytes(), "word/document.xml"),
                            StandardCharsets.UTF_8);
                    // Some blocks as if untranslated, so that the scan skips controls as the parser does.
                    Set<String> untranslated = new LinkedHashSet<>();
                    Matcher tags = Pattern.compile("<w:tag w:val=\"([^\"]+)\"").matcher(body);
                    for (int i = 0; tags.find(); i++) {
                        if (i % 3 == 0) {
                            untranslated.add(tags.group(1));
                        }
                    }
                    assertThat(untranslated).as(kind + " " + language).isNotEmpty();
                    for (Set<String> tagsLeftOut : List.of(Set.<String>of("none"), untranslated)) {
                        WordCount.Counter counter = new WordCount.Counter();
                        assertThat(new DraftScan(body, tagsLeftOut, counter).scan()).as("scanned: " + kind + " " + language)
                                .isTrue();
                        for (double rate : new double[] {1, 1.5}) {
                            assertThat(counter.draftWords(rate)).as(kind + " " + language)
                                    .isEqualTo(WordCount.ofDraftParsed(body, tagsLeftOut, rate))
                                    .isEqualTo(WordCount.ofDraft(body, tagsLeftOut, rate));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theScanReadsReferencesPrefixesAndControlsAsTheParserDoes() {
        String xml = "<x:document xmlns:x=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:o=\"urn:other\"><x:body>"
                + "<x:p><x:r><x:t>Tom&amp;Jerry &lt;b&gt; &quot;q&quot; &apos;a&apos; caf&#233; &#x20000;&#x20001;x</x:t></x:r></x:p>"
                + "<x:p><x:r><x:t xml:space='preserve'>exam</x:t></x:r><x:r><x:t xml:space=\"preserve\"> </x:t></x:r>"
                + "<x:r><x:t>ple</x:t></x:r></x:p><x:p/><x:p><x:pPr><x:pStyle o:val=\"IrmLanguageNote\"/></x:pPr>"
                + "<x:r><x:t>counted: the style is not Word's</x:t></x:r></x:p>"
                + "<x:p><x:pPr><x:pStyle x:val=\"IrmLanguageNote\" /></x:pPr><x:r><x:t>left out</x:t></x:r></x:p>"
                + "<x:sdt><x:sdtPr><x:tag x:val=\"outer\"/></x:sdtPr><x:sdtContent><x:sdt><x:sdtPr><x:tag x:val=\"inner\"/>"
                + "</x:sdtPr><x:sdtContent><x:p><x:r><x:t>inside both</x:t></x:r></x:p></x:sdtContent></x:sdt>"
                + "<x:p><x:r><x:t>after the inner one</x:t></x:r></x:p></x:sdtContent></x:sdt>"
                + "<x:p><x:r><x:t>国家报告\r\n审议\tUNCAC</x:t></x:r><x:r><x:instrText>PAGE</x:instrText></x:r></x:p>"
                + "</x:body></x:document>\n";
        for (Set<String> untranslated : List.of(Set.of("outer"), Set.of("inner"), Set.of("none"))) {
            WordCount.Counter counter = new WordCount.Counter();
            assertThat(new DraftScan(xml, untranslated, counter).scan()).as("scanned").isTrue();
            for (double rate : new double[] {1, 1.5, 4}) {
                assertThat(counter.draftWords(rate)).as(untranslated + " at " + rate)
                        .isEqualTo(WordCount.ofDraftParsed(xml, untranslated, rate));
            }
        }
    }

    @Test
    void whatTheScanDoesNotTakeTheParserCountsOrRefuses() {
        String open = "<w:document " + W + "><w:body><w:p><w:r><w:t>";
        String close = "</w:t></w:r></w:p></w:body></w:document>";
        for (String inside : List.of("a <!-- note --> b", "a <![CDATA[ b c ]]> d", "a <?pi x?> b", "a &#1; b", "a &nbsp; b",
                "a ]]> b", "a \u0001 b", "a \uD800 b", "a &#xD800; b")) {
            String xml = open + inside + close;
            assertThat(new DraftScan(xml, Set.of("none"), new WordCount.Counter()).scan()).as(inside).isFalse();
            Object parsed;
            try {
                parsed = WordCount.ofDraftParsed(xml, Set.of("none"), 1);
            } catch (RuntimeException e) {
                parsed = e.getClass();
            }
            Object counted;
            try {
                counted = WordCount.ofDraft(xml, Set.of("none"), 1);
            } catch (RuntimeException e) {
                counted = e.getClass();
            }
            assertThat(counted).as(inside).isEqualTo(parsed);
        }
        for (String broken : List.of(open + "a</w:p>" + close, open + "a" + close + "<w:p/>", open + "a",
                "<w:document><w:body/></w:document>", "<w:document " + W + "><w:p w:val='1' w:val='2'/></w:document>",
                "<!DOCTYPE x []><w:document " + W + "/>")) {
            assertThat(new DraftScan(broken, Set.of("none"), new WordCount.Counter()).scan()).as(broken).isFalse();
            assertThatThrownBy(() -> WordCount.ofDraft(broken, Set.of("none"), 1)).as(broken).isInstanceOf(RuntimeException.class);
        }
    }
}
