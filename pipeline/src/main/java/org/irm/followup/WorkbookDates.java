package org.irm.followup;

import org.irm.catalogue.Language;

/**
 * The number format of a date cell in a workbook written in one of the six languages: the cell holds a
 * real date (it sorts and filters as one), shown day month year with the month in words as the
 * language's documents write it ({@link org.irm.catalogue.DocumentDates}). The locale prefix
 * ({@code [$-40C]}) makes Excel and LibreOffice name the month in the language whatever their own
 * interface language; Chinese is Excel's own form ({@code yyyy"年"m"月"d"日"}, its built-in
 * Chinese long date; POI's DataFormatter shows the quotes, Excel and LibreOffice do not); Arabic takes Egypt's locale, whose calendar is the Gregorian one (Saudi Arabia's
 * is the Hijri one) and whose month names are the second of the pair UN Arabic documents write
 * ("يونيه" of "حزيران/يونيه"): a number format cannot write both.
 */
final class WorkbookDates {

    private WorkbookDates() {
    }

    /** The format's code, such as {@code [$-40C]d mmmm yyyy}. */
    static String format(Language language) {
        return switch (language) {
            case EN -> "[$-809]d mmmm yyyy";
            case FR -> "[$-40C]d mmmm yyyy";
            case ES -> "[$-C0A]d \"de\" mmmm \"de\" yyyy";
            case RU -> "[$-419]d mmmm yyyy \"г.\"";
            case ZH -> "yyyy\"年\"m\"月\"d\"日\"";
            case AR -> "[$-C01]d mmmm yyyy";
        };
    }
}
