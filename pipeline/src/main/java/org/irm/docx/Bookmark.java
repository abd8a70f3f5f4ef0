package org.irm.docx;

/**
 * A bookmark and the text between its start and end (tracked changes accepted), for finding an
 * answer whose content control lost its tag or vanished.
 *
 * @param controlIndex the innermost content control the bookmark starts in, or null
 */
public record Bookmark(String name, PartKind part, String text, Integer controlIndex) {
}
