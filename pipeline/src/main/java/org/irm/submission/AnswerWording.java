package org.irm.submission;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.irm.catalogue.Language;

/** How dates read in an answer: the day in the language's long form, and the time in UTC. */
final class AnswerWording {

    private AnswerWording() {
    }

    static String when(Instant instant, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .format(instant.atZone(ZoneOffset.UTC))
                + " " + DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    static String day(Instant instant, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .format(instant.atZone(ZoneOffset.UTC));
    }
}
