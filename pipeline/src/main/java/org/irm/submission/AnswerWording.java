package org.irm.submission;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;

/** How dates read in an answer: the day as UN documents write it in the language, and the time in UTC. */
final class AnswerWording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AnswerWording() {
    }

    static String when(Instant instant, Language language) {
        return day(instant, language) + " " + TIME.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    static String day(Instant instant, Language language) {
        return DocumentDates.format(instant.atZone(ZoneOffset.UTC).toLocalDate(), language);
    }
}
