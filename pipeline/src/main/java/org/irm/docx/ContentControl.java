package org.irm.docx;

import java.util.List;

/**
 * One content control ({@code w:sdt}) as found in a package part, in document order.
 *
 * @param index         position among all controls read, in document order (parents before children)
 * @param parentIndex   index of the enclosing control, or null
 * @param tag           {@code w:tag} value, or null (LibreOffice drops tags)
 * @param alias         {@code w:alias} value, or null
 * @param text          the content's text as if every tracked change were accepted (insertions in,
 *                      deletions out, moved text at its destination); paragraphs joined by "\n"
 * @param checked       for check boxes, whether ticked as the control stores it ({@code w14:checked}; from
 *                      the glyph shown when the control stores none); else null
 * @param selectedValue for drop-downs and combo boxes, the selected item's value (mapped back from
 *                      the displayed text); null when nothing is selected or for other kinds
 * @param date          for date pickers, the date as ISO yyyy-MM-dd as the control stores it
 *                      ({@code w:fullDate}), which an editor may leave behind when the shown text is
 *                      typed over; else null
 * @param showingPlaceholder true when the control still shows its placeholder (nothing entered)
 * @param pendingChanges true when tracked changes or comments sit inside the control
 * @param bookmarks     names of bookmarks that start inside the control or wrap it directly
 * @param picker        for check boxes, lists and date pickers, what they hold beside their text (the
 *                      glyph's state, the stored list value, the date's picture); else null
 */
public record ContentControl(int index, Integer parentIndex, String tag, String alias, ControlKind kind,
                             ControlLevel level, PartKind part, String text, Boolean checked,
                             String selectedValue, String date, List<ListItem> listItems,
                             boolean showingPlaceholder, boolean pendingChanges, List<String> bookmarks,
                             PickerDetails picker) {
    public ContentControl {
        listItems = List.copyOf(listItems);
        bookmarks = List.copyOf(bookmarks);
    }

    /** A control read without its picker details. */
    public ContentControl(int index, Integer parentIndex, String tag, String alias, ControlKind kind,
                          ControlLevel level, PartKind part, String text, Boolean checked,
                          String selectedValue, String date, List<ListItem> listItems,
                          boolean showingPlaceholder, boolean pendingChanges, List<String> bookmarks) {
        this(index, parentIndex, tag, alias, kind, level, part, text, checked, selectedValue, date, listItems,
                showingPlaceholder, pendingChanges, bookmarks, null);
    }
}
