package org.irm.docx;

/**
 * What a check box, list or date picker holds beside the text it shows. The two are written
 * together by Word's and LibreOffice's own pickers, but typing over the text changes only the
 * text: LibreOffice 7.4 keeps the old {@code w:fullDate} of a date typed over, and a box's glyph
 * can be typed over without its {@code w14:checked}. Readers compare both.
 *
 * @param shownChecked  for check boxes, the state the glyph shown says (the control's own checked and
 *                      unchecked symbols, by default ☒ and ☐); null when it shows neither
 * @param listValue     for lists, the value the control last stored ({@code w:lastValue}, which Word
 *                      writes and LibreOffice 7.4 does not); null when none
 * @param dateFormat    for date pickers, the picture the date is shown in ({@code w:dateFormat}, Word's
 *                      letters: {@code d MMMM yyyy}); null when none
 * @param dateLanguage  for date pickers, the language the date is shown in ({@code w:lid}, a BCP 47 tag
 *                      such as {@code fr-FR}); null when none
 * @param calendar      for date pickers, the calendar ({@code w:calendar}: {@code gregorian},
 *                      {@code hijri}, ...); null when none, which means Gregorian
 */
public record PickerDetails(Boolean shownChecked, String listValue, String dateFormat, String dateLanguage,
                          String calendar) {
}
