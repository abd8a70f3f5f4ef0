package org.irm.submission;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;

/**
 * Dates as a checklist's language writes them: reads the date a State's document shows (ISO
 * {@code 2025-03-06}, the date picker's own picture, the language's full, long, medium and short
 * forms: "6 mars 2025", "6 de marzo de 2025", "6 марта 2025 г.", "2025年3月6日") and writes one in
 * the language's long form for a message.
 *
 * <p>The JDK's CLDR data has every form and month name of the six languages; what people type
 * differs from it only in ways normalised here: digits of another script (Arabic-Indic), no
 * invisible direction marks (CLDR's Arabic short form has them), any letter case, and the
 * trailing word a form may end with left out ("6 марта 2025" for "6 марта 2025 г."). English
 * reads day before month first, as UN English writes it ("06/03/2025" is 6 March), then the US
 * forms that cannot be mistaken ("March 6, 2025"). Arabic also reads the Levantine month names
 * ("آذار") and the Maghreb ones ("جانفي", "مارس"). Only the Gregorian calendar is read.
 */
final class WrittenDates {

    private final Language language;
    private final List<DateTimeFormatter> forms;

    WrittenDates(Language language) {
        this.language = language;
        this.forms = formsOf(language);
    }

    /**
     * The date a text shows, if it is one.
     *
     * @param picture        the date picker's {@code w:dateFormat} (Word's letters), or null
     * @param pictureLanguage the picker's {@code w:lid}, or null for the checklist's language
     */
    Optional<LocalDate> read(String text, String picture, String pictureLanguage) {
        String shown = normalised(text);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<DateTimeFormatter> tried = new ArrayList<>();
        tried.add(DateTimeFormatter.ISO_LOCAL_DATE);
        wordPicture(normalised(picture == null ? "" : picture))
                .ifPresent(pattern -> tried.add(formatter(pattern, pictureLocale(pictureLanguage))));
        tried.addAll(forms);
        for (DateTimeFormatter form : tried) {
            try {
                return Optional.of(LocalDate.parse(shown, form));
            } catch (DateTimeParseException notThisForm) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }

    /** The date as UN documents write it in the language, as a message shows it ("6 mars 2025"). */
    String write(LocalDate date) {
        return DocumentDates.format(date, language);
    }

    /** Whether a stored answer is a date as the register keeps it: ISO yyyy-MM-dd, a real day. */
    static boolean isIsoDate(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private Locale pictureLocale(String tag) {
        if (tag == null || tag.isBlank()) {
            return locales(language).get(0);
        }
        Locale locale = Locale.forLanguageTag(tag.strip());
        return locale.getLanguage().isEmpty() ? locales(language).get(0) : locale;
    }

    private static List<Locale> locales(Language language) {
        return switch (language) {
            case EN -> List.of(Locale.UK, Locale.US);
            case AR -> List.of(language.locale(), Locale.forLanguageTag("ar-SY"), Locale.forLanguageTag("ar-DZ"),
                    Locale.forLanguageTag("ar-MA"));
            default -> List.of(language.locale());
        };
    }

    private static List<DateTimeFormatter> formsOf(Language language) {
        Set<String> seen = new LinkedHashSet<>();
        List<DateTimeFormatter> forms = new ArrayList<>();
        List<Locale> locales = locales(language);
        for (Locale locale : locales) {
            boolean usEnglish = locale.equals(Locale.US);
            for (FormatStyle style : FormatStyle.values()) {
                if (usEnglish && style == FormatStyle.SHORT) {
                    continue; // 06/03/2025 is read the UK's way; 3/6/25 would mean 6 March to one and 3 June to the other
                }
                String pattern = normalised(DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                        IsoChronology.INSTANCE, locale));
                for (String variant : List.of(pattern, withoutTrailingLiteral(pattern))) {
                    if (seen.add(locale.toLanguageTag() + "|" + variant)) {
                        forms.add(formatter(variant, locale));
                    }
                }
            }
        }
        return List.copyOf(forms);
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                .appendPattern(prolepticYears(pattern)).toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The picker's picture in java.time's letters, or empty when it holds what is no part of a date
     * (hours, eras): Word's {@code dddd} is the day's name, {@code yyyy} the year, text in quotes literal.
     */
    static Optional<String> wordPicture(String picture) {
        if (picture == null || picture.isBlank()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < picture.length()) {
            char c = picture.charAt(i);
            int run = 1;
            while (i + run < picture.length() && picture.charAt(i + run) == c) {
                run++;
            }
            if (c == '\'') {
                int end = picture.indexOf('\'', i + 1);
                String literal = end < 0 ? picture.substring(i + 1) : picture.substring(i + 1, end);
                out.append(quoted(literal));
                i = end < 0 ? picture.length() : end + 1;
                continue;
            }
            switch (c) {
                case 'd' -> out.append(run >= 4 ? "EEEE" : run == 3 ? "EEE" : "d".repeat(run));
                case 'M' -> out.append("M".repeat(Math.min(run, 4)));
                case 'y' -> out.append(run <= 2 ? "yy" : "yyyy");
                default -> {
                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                        return Optional.empty();
                    }
                    out.append(quoted(String.valueOf(c).repeat(run)));
                }
            }
            i += run;
        }
        return Optional.of(out.toString());
    }

    private static String quoted(String literal) {
        return literal.isEmpty() ? "" : "'" + literal.replace("'", "''") + "'";
    }

    /** y (year of era) to u (proleptic year), outside quotes, so that strict resolving needs no era. */
    private static String prolepticYears(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** The form without the word it ends with ("d MMMM y 'г'." to "d MMMM y"), which people often leave out. */
    private static String withoutTrailingLiteral(String pattern) {
        int end = pattern.length();
        boolean quoted = false;
        for (int i = pattern.length() - 1; i >= 0; i--) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                end = i + 1;
                break;
            }
        }
        return pattern.substring(0, end);
    }

    private static String withoutMarks(String text) {
        return text.replaceAll("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]", "");
    }

    /** Trimmed, one plain space between words, no direction marks, every script's digits as 0-9. */
    static String normalised(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        }
        return withoutMarks(out.toString()).strip().replaceAll(" {2,}", " ");
    }
}
