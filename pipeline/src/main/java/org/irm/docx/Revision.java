package org.irm.docx;

/**
 * One tracked change. Every {@code w:ins} and {@code w:del} counts, including those that mark a
 * paragraph mark or a table row; a move is a MOVE_FROM and a MOVE_TO; property changes
 * ({@code w:rPrChange}, {@code w:pPrChange}, table and section property changes) are FORMATTING.
 *
 * @param text the inserted, deleted or moved text (empty for paragraph marks and formatting)
 */
public record Revision(String id, RevisionType type, String author, String date, String text, PartKind part,
                       Anchor anchor) {
}
