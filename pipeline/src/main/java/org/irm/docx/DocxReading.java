package org.irm.docx;

import java.util.List;
import java.util.Map;

/**
 * What a Word package holds that the pipeline cares about, read in one streaming pass.
 *
 * @param application      the application that saved it ({@code docProps/app.xml}), or null
 * @param customProperties {@code docProps/custom.xml} by property name (values as text)
 * @param customXmlParts   the text of each {@code customXml/item*.xml} part, in part-name order
 * @param tables           the body's tables in which one of our bookmarks starts (a checklist's needs)
 */
public record DocxReading(String application, Map<String, String> customProperties, List<String> customXmlParts,
                          List<ContentControl> contentControls, List<Comment> comments, List<Revision> revisions,
                          List<Bookmark> bookmarks, List<BookmarkedTable> tables) {

    /** A reading without tables (of a document that has none of ours). */
    public DocxReading(String application, Map<String, String> customProperties, List<String> customXmlParts,
                       List<ContentControl> contentControls, List<Comment> comments, List<Revision> revisions,
                       List<Bookmark> bookmarks) {
        this(application, customProperties, customXmlParts, contentControls, comments, revisions, bookmarks, List.of());
    }

    public DocxReading {
        customProperties = Map.copyOf(customProperties);
        customXmlParts = List.copyOf(customXmlParts);
        contentControls = List.copyOf(contentControls);
        comments = List.copyOf(comments);
        revisions = List.copyOf(revisions);
        bookmarks = List.copyOf(bookmarks);
        tables = List.copyOf(tables);
    }

    /** The table our bookmark of this name starts in, if any. */
    public java.util.Optional<BookmarkedTable> table(String bookmark) {
        return tables.stream().filter(t -> t.bookmarks().contains(bookmark)).findFirst();
    }
}
