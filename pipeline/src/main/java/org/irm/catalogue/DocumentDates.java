package org.irm.catalogue;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as United Nations documents write them in each language, day month year with the month in
 * words: "6 March 2027", "6 mars 2027" ("1er mars 2027" on the first), "6 de marzo de 2027",
 * "6 марта 2027 года" (the month in the genitive, "года" in full as UN Russian texts write it in running
 * text and titles), "2027年3月6日", and in Arabic "6 آذار/مارس 2027": both month names, the Levantine
 * then the Egyptian one, as UN Arabic documents write them, with the same digits 0-9 as the other
 * languages (UN Arabic documents since the 2010s print Western digits, such as E/2019/53: "26 تموز/يوليه
 * 2018"). Month names of en, es, fr and ru are CLDR's through ICU4J (the format form, which is the
 * genitive in Russian); the Arabic pairs are the UN's own and not in CLDR.
 *
 * <p>Stateless; safe to share between threads.
 */
public final class DocumentDates {

    /** UN Arabic month names: Levantine/Egyptian ("كانون الثاني/يناير"), with the UN's يونيه and يوليه. */
    private static final List<String> ARABIC_MONTHS = List.of("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس",
            "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
            "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر");


    private DocumentDates() {
    }

    /** The date as documents in the language write it; empty for no date. */
    public static String format(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        int day = date.getDayOfMonth();
        int year = date.getYear();
        String month = Months.BY_LANGUAGE.get(language)[date.getMonthValue() - 1];
        return switch (language) {
            case EN -> day + " " + month + " " + year;
            case FR -> (day == 1 ? "1er" : Integer.toString(day)) + " " + month + " " + year;
            case ES -> day + " de " + month + " de " + year;
            case RU -> day + " " + month + " " + year + " года";
            case ZH -> year + "年" + date.getMonthValue() + "月" + day + "日";
            // Left to right digits in a right-to-left line: Word and LibreOffice order them by the bidi algorithm.
            case AR -> day + " " + month + " " + year;
        };
    }

    /**
     * A month's name as a heading or a chart's axis names it, alone (the nominative in Russian, "март",
     * not the genitive of a date, "марта"): "March", "mars", "marzo", "март", "3月", "آذار/مارس".
     *
     * @param month 1 to 12
     */
    public static String month(int month, Language language) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("No month " + month + ": months are 1 to 12");
        }
        return switch (language) {
            case AR -> ARABIC_MONTHS.get(month - 1);
            case ZH -> month + "月";
            default -> Months.STANDALONE.get(language)[month - 1];
        };
    }

    /**
     * The date a text shows when it is written as {@link #format} writes it in the language (so a
     * document's pre-filled date reads back as the date it was), letters in any case, spaces between the
     * parts as typed: "30 June 2027", "1er mars 2027" (or "1 mars 2027"), "30 de junio de 2027",
     * "30 июня 2027 года" (or "г.", or nothing after the year), "2027年6月30日", "30 حزيران/يونيه 2027" (or
     * either month name alone). Empty for any other text.
     */
    public static Optional<LocalDate> parse(String text, Language language) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String shown = text.strip().replaceAll("\\s+", " ");
        if (language == Language.ZH) {
            Matcher chinese = CHINESE.matcher(shown);
            return chinese.matches() ? date(chinese.group(3), Integer.parseInt(chinese.group(2)), chinese.group(1))
                    : Optional.empty();
        }
        Matcher parts = (language == Language.ES ? SPANISH : DAY_MONTH_YEAR).matcher(shown);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String day = parts.group(1).equalsIgnoreCase("1er") ? "1" : parts.group(1);
        String month = parts.group(2).toLowerCase(language.locale());
        String[] names = Months.BY_LANGUAGE.get(language);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].toLowerCase(language.locale());
            boolean arabicHalf = language == Language.AR && List.of(name.split("/")).contains(month);
            if (name.equals(month) || arabicHalf) {
                return date(day, i + 1, parts.group(3));
            }
        }
        return Optional.empty();
    }

    /** Day, month in words (one or more words, an Arabic pair with its slash), year, and the Russian "года" or "г.". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(1er|\\d{1,2}) ([\\p{L}][\\p{L}\\p{M} /]*?) (\\d{4})(?: ?(?:года|г\\.?))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPANISH = Pattern.compile("(\\d{1,2}) de (\\p{L}+) de (\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日");

    private static Optional<LocalDate> date(String day, int month, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException noSuchDay) {
            return Optional.empty();
        }
    }

    /** The month names of each language, read from ICU on the first date written (not when the class loads). */
    private static final class Months {
        static final Map<Language, String[]> BY_LANGUAGE = months();
        static final Map<Language, String[]> STANDALONE = standalone();

        private static Map<Language, String[]> standalone() {
            Map<Language, String[]> months = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                months.put(language, new DateFormatSymbols(new ULocale(language.code())).getMonths(
                        DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE));
            }
            return months;
        }

        private static Map<Language, String[]> months() {
            Map<Language, String[]> months = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                months.put(language, language == Language.AR ? ARABIC_MONTHS.toArray(String[]::new)
                        : new DateFormatSymbols(new ULocale(language.code())).getMonths(DateFormatSymbols.FORMAT,
                        DateFormatSymbols.WIDE));
            }
            return months;
        }
    }
}
