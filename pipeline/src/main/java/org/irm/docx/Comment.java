package org.irm.docx;

/**
 * A comment from {@code word/comments.xml}, with its thread parent from
 * {@code word/commentsExtended.xml} where Word wrote one.
 *
 * @param date     as written in the file (ISO 8601), or null
 * @param parentId the id of the comment this one replies to, or null
 * @param anchor   where its range starts in the document
 */
public record Comment(String id, String author, String initials, String date, String text, String parentId,
                      boolean done, Anchor anchor) {
}
