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
 * @param checked       for check boxes, whether ticked; else null
 * @param selectedValue for drop-downs and combo boxes, the selected item's value (mapped back from
 *                      the displayed text); null when nothing is selected or for other kinds
 * @param date          for date pickers, the date as ISO yyyy-MM-dd (from {@code w:fullDate}); else null
 * @param showingPlaceholder true when the control still shows its placeholder (nothing entered)
 * @param pendingChanges true when tracked changes or comments sit inside the control
 * @param bookmarks     names of bookmarks that start inside the control or wrap it directly
 */
public record ContentControl(int index, Integer parentIndex, String tag, String alias, ControlKind kind,
                             ControlLevel level, PartKind part, String text, Boolean checked,
                             String selectedValue, String date, List<ListItem> listItems,
                             boolean showingPlaceholder, boolean pendingChanges, List<String> bookmarks) {
    public ContentControl {
        listItems = List.copyOf(listItems);
        bookmarks = List.copyOf(bookmarks);
    }
}
