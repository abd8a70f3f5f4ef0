package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.irm.catalogue.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenDatesTest {

    private static final LocalDate MARCH_6 = LocalDate.of(2025, 3, 6);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|2025-03-06", "en|6 March 2025", "en|6 march 2025", "en|Thursday, 6 March 2025", "en|6 Mar 2025",
            "en|06/03/2025", "en|March 6, 2025", "en|Thursday, March 6, 2025",
            "fr|6 mars 2025", "fr|6 Mars 2025", "fr|jeudi 6 mars 2025", "fr|06/03/2025", "fr|6\u00a0mars\u00a02025",
            "es|6 de marzo de 2025", "es|jueves, 6 de marzo de 2025", "es|6/3/2025", "es|06/03/2025", "es|6 mar 2025",
            "ru|6 марта 2025 г.", "ru|6 марта 2025", "ru|06.03.2025", "ru|четверг, 6 марта 2025 г.",
            "ar|6 مارس 2025", "ar|٦ مارس ٢٠٢٥", "ar|06/03/2025", "ar|٠٦\u200f/٠٣\u200f/٢٠٢٥", "ar|6 آذار 2025",
            "zh|2025年3月6日", "zh|2025/3/6", "zh|2025年3月6日星期四", "zh|2025-03-06"})
    void readsTheFormsEachLanguageWritesADateIn(String language, String shown) {
        assertThat(new WrittenDates(Language.of(language)).read(shown, null, null)).contains(MARCH_6);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"en|soon", "en|31/02/2025", "fr|bientôt", "fr|6 mars", "ru|2025", "zh|三月",
            "en|6 March 2025 or later", "ar|قريبا"})
    void textThatIsNoDateIsNotReadAsOne(String language, String shown) {
        assertThat(new WrittenDates(Language.of(language)).read(shown, null, null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {"d MMMM yyyy|fr-FR|6 mars 2025", "dddd d MMMM yyyy|fr|jeudi 6 mars 2025",
            "dd.MM.yy|ru-RU|06.03.25", "M/d/yyyy|en-US|3/6/2025", "d' de 'MMMM' de 'yyyy|es-ES|6 de marzo de 2025",
            "yyyy年M月d日|zh-CN|2025年3月6日"})
    void readsTheDatePickersOwnPictureInItsLanguage(String picture, String lid, String shown) {
        assertThat(new WrittenDates(Language.EN).read(shown, picture, lid)).contains(MARCH_6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"fr|6 mars 2025", "en|6 March 2025", "zh|2025年3月6日", "es|6 de marzo de 2025"})
    void writesADateInTheLanguagesLongForm(String language, String written) {
        assertThat(new WrittenDates(Language.of(language)).write(MARCH_6)).isEqualTo(written);
    }
}
