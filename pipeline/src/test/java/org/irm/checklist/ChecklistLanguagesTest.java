package org.irm.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checklist as a focal point reads it in its language: the State's name, the deadline, the provisions' letters. */
class ChecklistLanguagesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 6);

    @TempDir
    Path folder;

    @Test
    void theArabicCoverNamesTheStateInArabicAndDatesTheDeadlineAsUnArabicDocuments() throws Exception {
        WordText checklist = issue("EGY", Language.AR);

        assertThat(String.join("\n", checklist.paragraphs("IrmCover")))
                .contains("مصر (EGY)", "6 آذار/مارس 2027")
                .doesNotContain("Egypt", "2027-03-06");
    }

    @Test
    void theArabicChecklistLettersSubparagraphsInArabicOrder() throws Exception {
        WordText checklist = issue("EGY", Language.AR);

        assertThat(checklist.paragraphs("Heading3"))
                .contains("الفقرة 1 (أ) من المادة 9", "الفقرة 1 (ب) من المادة 9", "الفقرة 1 (ج) من المادة 9")
                .noneMatch(title -> title.matches(".*\\([a-z]\\).*"));
    }

    @Test
    void theChineseAndRussianCoversNameTheStateAndDateTheDeadlineTheirWay() throws Exception {
        assertThat(String.join("\n", issue("KEN", Language.ZH).paragraphs("IrmCover"))).contains("肯尼亚 (KEN)", "2027年3月6日");
        assertThat(String.join("\n", issue("KEN", Language.RU).paragraphs("IrmCover"))).contains("Кения (KEN)", "6 марта 2027 года");
        assertThat(String.join("\n", issue("KEN", Language.EN).paragraphs("IrmCover"))).contains("Kenya (KEN)", "6 March 2027");
    }

    @Test
    void aChineseChecklistHasNoSyntheticItalicAndTagsItsLatinWordsEnglish() throws Exception {
        WordText checklist = issue("KEN", Language.ZH);

        assertThat(checklist.count("word/styles.xml", "//w:i")).isZero();
        assertThat(checklist.strings("word/styles.xml", "//w:docDefaults//w:lang/@w:val")).containsExactly("en-GB");
        assertThat(checklist.strings("word/styles.xml", "//w:docDefaults//w:lang/@w:eastAsia")).containsExactly("zh-CN");
        assertThat(issue("KEN", Language.FR).count("word/styles.xml", "//w:style[@w:styleId='IrmHelp']//w:i")).isOne();
    }

    /** An agency's share of article 9 alone: the cover and the lettered subparagraphs of 9.1, quickly written. */
    private WordText issue(String iso3, Language language) throws Exception {
        StateList states = states();
        ChecklistIssuer issuer = new ChecklistIssuer(Checklists.cycle2(), Checklists.labels(), states.names(),
                Checklists.SEAL, TemplateSource.bundled(), Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        ChecklistIssuer.Issued issued = issuer.issue(new ChecklistIssuer.Order(states.find(iso3).orElseThrow(),
                "uncac-2-" + iso3, language, DEADLINE, "Ministry of Justice", Set.of(9), Map.of(), Map.of()),
                folder.resolve(language.code()));
        return WordText.of(issued.file());
    }

    private static StateList states() throws CatalogueException {
        return StateList.load(TemplateSource.bundled());
    }
}
