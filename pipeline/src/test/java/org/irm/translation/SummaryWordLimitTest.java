package org.irm.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.register.Register;
import org.irm.report.ReportKind;
import org.irm.report.ReportService;
import org.irm.report.Translator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executive summary's word limit is counted on each draft's own words, in its own language. */
class SummaryWordLimitTest {

    @TempDir
    Path folder;

    @Test
    void anEnglishSummaryUnderTheLimitIsNotFlaggedInAnyLanguage() throws Exception {
        Register register = Translations.register(folder);
        int english = Translations.reports(Translations.kenya(), register)
                .draft("KEN", ReportKind.SUMMARY, Language.EN).words();
        // The limit set at the English summary's own length: in the other five languages its English
        // text is shown untranslated, under a marker, and neither counts as the draft's words.
        ReportService atTheLimit = Translations.reports(Translations.kenya(), register,
                new ReportService.Options("X", english), Translator.NONE);

        for (Language language : Language.values()) {
            ReportService.Draft summary = atTheLimit.draft("KEN", ReportKind.SUMMARY, language);
            assertThat(summary.findings()).as(language.code()).isEmpty();
            assertThat(summary.words()).as(language.code()).isBetween(1, english);
        }
    }

    @Test
    void aTranslatedSummaryCountsItsTranslationAndAMachineTranslationToo() throws Exception {
        Register register = Translations.register(folder);
        ReportService untranslated = Translations.reports(Translations.kenya(), register);
        ReportService machine = Translations.reports(Translations.kenya(), register,
                new ReportService.Options("X", 1000), new PseudoTranslator());

        int before = untranslated.draft("KEN", ReportKind.SUMMARY, Language.FR).words();
        int after = machine.draft("KEN", ReportKind.SUMMARY, Language.FR).words();

        assertThat(after).as("the machine translation is the draft's text; its marker is not").isGreaterThan(before + 100);
    }

    @Test
    void theChineseSummaryCountsItsCharactersAtTheConfiguredRate() throws Exception {
        Register register = Translations.register(folder);
        int perCharacter = Translations.reports(Translations.kenya(), register, new ReportService.Options("X", 1000, 1),
                Translator.NONE).draft("KEN", ReportKind.SUMMARY, Language.ZH).words();
        int byRate = Translations.reports(Translations.kenya(), register, new ReportService.Options("X", 1000, 1.5),
                Translator.NONE).draft("KEN", ReportKind.SUMMARY, Language.ZH).words();

        assertThat(byRate).isLessThan(perCharacter).isGreaterThanOrEqualTo((int) Math.floor(perCharacter / 1.5));
        assertThat(List.of(perCharacter, byRate)).allMatch(words -> words > 0);
    }
}
