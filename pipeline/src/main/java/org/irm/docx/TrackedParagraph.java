package org.irm.docx;

import java.util.List;
import java.util.Map;

/**
 * One paragraph of a document's body as a sequence of pieces: text kept, inserted, deleted, moved
 * away or moved here, each with the tracked change it belongs to, and where comments start and
 * end. Read by {@link TrackedParagraphs} for merging reviewers' copies of one document.
 *
 * @param style           the paragraph style id, or null
 * @param bookmarksOpen   names of the bookmarks open when the paragraph starts
 * @param bookmarksStarted names of the bookmarks that start inside it
 * @param markChange      the insertion or deletion of the paragraph mark itself, or null
 * @param formatChange    a tracked change of the paragraph's properties, or null
 */
public record TrackedParagraph(String style, List<String> bookmarksOpen, List<String> bookmarksStarted,
                               List<Piece> pieces, Change markChange, Change formatChange) {

    public TrackedParagraph {
        bookmarksOpen = bookmarksOpen.stream().distinct().toList();
        bookmarksStarted = List.copyOf(bookmarksStarted);
        pieces = List.copyOf(pieces);
    }

    /** What a piece is. */
    public enum PieceKind { KEPT, INSERTED, DELETED, MOVED_FROM, MOVED_TO, COMMENT_START, COMMENT_END, COMMENT_REFERENCE }

    /**
     * A tracked change's mark as the file gives it.
     *
     * @param type what it does; for a change of formatting, {@code oldProperties} are the run's
     *             properties before it (element name to its w: attributes)
     */
    public record Change(RevisionType type, String id, String author, String date,
                         List<Map.Entry<String, Map<String, String>>> oldProperties) {
        public Change {
            oldProperties = oldProperties == null ? List.of() : List.copyOf(oldProperties);
        }
    }

    /**
     * One piece of a paragraph.
     *
     * @param text       its text (empty for comment marks)
     * @param change     the insertion, deletion or move it belongs to; null for kept text and comment marks
     * @param format     a tracked change of its run's formatting, or null
     * @param properties its run's properties (element name to its w: attributes), without the tracked change
     * @param commentId  for comment marks, the comment's id
     */
    public record Piece(PieceKind kind, String text, Change change, Change format,
                        List<Map.Entry<String, Map<String, String>>> properties, String commentId) {
        public Piece {
            properties = properties == null ? List.of() : List.copyOf(properties);
        }
    }
}
