package org.irm.console;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;

/**
 * Dates on the console's pages as the United Nations documents of the page's language write them
 * ({@link DocumentDates}: "12 October 2027", "12 octobre 2027", "12 октября 2027 года", "2027年10月12日",
 * "12 تشرين الأول/أكتوبر 2027"), a moment with its time in UTC after it. Templates call it as
 * {@code ${date(x)}} for a {@link LocalDate}, an {@link Instant} or an {@link OffsetDateTime}; the
 * charts get the month names ({@link #months}) for their time axes.
 */
final class ConsoleDates implements TemplateMethodModelEx {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Language language;

    ConsoleDates(Language language) {
        this.language = language;
    }

    /** A date in the language; a moment as its date and time in UTC; empty for none. */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DocumentDates.format(date, language);
        }
        OffsetDateTime at;
        if (value instanceof Instant instant) {
            at = instant.atOffset(ZoneOffset.UTC);
        } else if (value instanceof OffsetDateTime offset) {
            at = offset.withOffsetSameInstant(ZoneOffset.UTC);
        } else {
            throw new IllegalArgumentException("No date: " + value.getClass().getSimpleName());
        }
        return DocumentDates.format(at.toLocalDate(), language) + " " + TIME.format(at) + " UTC";
    }

    /** The twelve month names, January first, as a chart's axis names them. */
    static List<String> months(Language language) {
        return IntStream.rangeClosed(1, 12).mapToObj(month -> DocumentDates.month(month, language)).toList();
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("date(x) takes one date");
        }
        Object value = arguments.get(0) == null ? null : DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        try {
            return format(value);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }
}
