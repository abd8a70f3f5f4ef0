package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

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
}
