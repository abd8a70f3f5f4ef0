package org.irm.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * The letter of a subparagraph as each language cites it. The Convention letters its subparagraphs
 * (a), (b), (c)... in the five languages written in Latin or Cyrillic script as the catalogue does;
 * its Arabic text letters them in the abjad order that UN Arabic documents use: (أ), (ب), (ج), (د),
 * (هـ), (و), (ز), (ح), (ط), (ي)... so "article 9, paragraph 1 (c)" is "الفقرة 1 (ج) من المادة 9" and
 * agenda item "12 (h)" is "البند 12 (ح)" (E/2019/53).
 */
final class SubparagraphLetters {

    /** The abjad order after (ي): the UN's Arabic texts continue ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض. */
    private static final List<String> ARABIC = List.of("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل",
            "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض");

    private SubparagraphLetters() {
    }

    /** The letter as the language writes it; a letter the order does not cover (or none) is left as it is. */
    static String of(String letter, Language language) {
        if (letter == null || language != Language.AR || letter.length() != 1) {
            return letter;
        }
        int index = letter.toLowerCase(Locale.ROOT).charAt(0) - 'a';
        return index >= 0 && index < ARABIC.size() ? ARABIC.get(index) : letter;
    }
}
