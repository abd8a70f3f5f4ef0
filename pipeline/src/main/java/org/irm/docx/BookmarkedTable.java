package org.irm.docx;

import java.util.List;

/**
 * A table of the document body with one of our bookmarks starting inside it, read as rows of cell
 * text (a cell's paragraphs joined by "\n", stripped; tracked changes accepted): how a table the
 * State adds rows to (a checklist's needs) is read back whatever editor added them.
 *
 * @param bookmarks the bookmarks that start in the table, nested tables' excepted
 * @param rows      every row in document order, the header row first
 */
public record BookmarkedTable(List<String> bookmarks, List<List<String>> rows) {
    public BookmarkedTable {
        bookmarks = List.copyOf(bookmarks);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
