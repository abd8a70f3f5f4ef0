package org.irm.docx;

import java.util.List;

/**
 * Where in the document a comment or tracked change sits: the innermost content control around it
 * (by index into {@link DocxReading#contentControls()}, with its tag) and the bookmarks open there.
 * Higher layers turn this into a field id.
 *
 * @param controlIndex index of the innermost enclosing content control, or null when outside all
 * @param controlTag   that control's tag, or null
 * @param bookmarks    names of the bookmarks open at that place, innermost last
 */
public record Anchor(Integer controlIndex, String controlTag, List<String> bookmarks) {
    public static final Anchor NONE = new Anchor(null, null, List.of());

    public Anchor {
        bookmarks = List.copyOf(bookmarks);
    }
}
