package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
