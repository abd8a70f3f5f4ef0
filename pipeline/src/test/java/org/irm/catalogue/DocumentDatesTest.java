package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {

    private static final LocalDate SIXTH_OF_MARCH = LocalDate.of(2027, 3, 6);

    @Test
    void eachLanguageWritesTheDateAsItsUnDocumentsDo() {
        assertThat(DocumentDates.format(SIXTH_OF_MARCH, Language.EN)).isEqualTo("6 March 2027");
        assertThat(DocumentDates.format(SIXTH_OF_MARCH, Language.FR)).isEqualTo("6 mars 2027");
        assertThat(DocumentDates.format(SIXTH_OF_MARCH, Language.ES)).isEqualTo("6 de marzo de 2027");
        assertThat(DocumentDates.format(SIXTH_OF_MARCH, Language.RU)).isEqualTo("6 марта 2027 года");
        assertThat(DocumentDates.format(SIXTH_OF_MARCH, Language.ZH)).isEqualTo("2027年3月6日");
        assertThat(DocumentDates.format(SIXTH_OF_MARCH, Language.AR)).isEqualTo("6 آذار/مارس 2027");
    }

    @Test
    void frenchWritesTheFirstOfTheMonthAsPremier() {
        assertThat(DocumentDates.format(LocalDate.of(2027, 7, 1), Language.FR)).isEqualTo("1er juillet 2027");
    }

    @Test
    void russianMonthsAreInTheGenitiveAndArabicOnesInTheUnPairs() {
        assertThat(DocumentDates.format(LocalDate.of(2027, 6, 30), Language.RU)).isEqualTo("30 июня 2027 года");
        assertThat(DocumentDates.format(LocalDate.of(2027, 6, 30), Language.AR)).isEqualTo("30 حزيران/يونيه 2027");
        assertThat(DocumentDates.format(LocalDate.of(2027, 12, 31), Language.AR)).isEqualTo("31 كانون الأول/ديسمبر 2027");
    }

    @Test
    void noDateIsWrittenAsNothing() {
        assertThat(DocumentDates.format(null, Language.EN)).isEmpty();
    }

    @Test
    void aMonthAloneIsNamedAsAHeadingNamesItInTheNominative() {
        assertThat(DocumentDates.month(3, Language.EN)).isEqualTo("March");
        assertThat(DocumentDates.month(3, Language.FR)).isEqualTo("mars");
        assertThat(DocumentDates.month(3, Language.ES)).isEqualTo("marzo");
        assertThat(DocumentDates.month(3, Language.RU)).isEqualTo("март");
        assertThat(DocumentDates.month(3, Language.ZH)).isEqualTo("3月");
        assertThat(DocumentDates.month(3, Language.AR)).isEqualTo("آذار/مارس");
    }
}
