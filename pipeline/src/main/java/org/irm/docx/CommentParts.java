package org.irm.docx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the comments of a document we issue: their marks in the body (range start, range end
 * and reference run), the comments part ({@code word/comments.xml}) and the threads part
 * ({@code word/commentsExtended.xml}) that makes a reply a reply in Word. Each comment's last
 * paragraph carries a {@code w14:paraId} derived from its id, which the threads part refers to.
 */
public final class CommentParts {

    /**
     * One comment.
     *
     * @param date   ISO 8601, as written into {@code w:date}
     * @param parent the id of the comment this one replies to, if any
     */
    public record NewComment(int id, String author, String date, String text, Optional<Integer> parent) { }

    private CommentParts() {
    }

    /** Where the comment's range starts. */
    public static void rangeStart(WordXml xml, int id) {
        xml.empty("commentRangeStart", "id", Integer.toString(id));
    }

    /** Where its range ends, and the reference run Word shows the comment at. */
    public static void rangeEnd(WordXml xml, int id) {
        xml.empty("commentRangeEnd", "id", Integer.toString(id));
        xml.start("r").empty("commentReference", "id", Integer.toString(id)).end();
    }

    /** A comment on a point: its range starts and ends there. */
    public static void point(WordXml xml, int id) {
        rangeStart(xml, id);
        rangeEnd(xml, id);
    }

    /** {@code w:comments}, one paragraph per line of each comment. */
    public static String comments(List<NewComment> comments) {
        WordXml out = new WordXml();
        out.start("comments");
        out.namespaces();
        for (NewComment comment : comments) {
            out.start("comment").attribute("id", Integer.toString(comment.id())).attribute("author", comment.author())
                    .attribute("date", comment.date()).attribute("initials", initials(comment.author()));
            String[] lines = comment.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                out.start("p");
                if (i == lines.length - 1) {
                    out.attribute14("paraId", paraId(comment.id()));
                }
                out.start("r").text(lines[i]).end().end();
            }
            out.end();
        }
        return out.end().finish();
    }

    /** {@code w15:commentsEx}: every comment open, replies pointing at their parent's paragraph. */
    public static String threads(List<NewComment> comments) {
        StringBuilder xml = new StringBuilder("<w15:commentsEx xmlns:w15=\"" + WordNames.W15 + "\">");
        for (NewComment comment : comments) {
            xml.append("<w15:commentEx w15:paraId=\"").append(paraId(comment.id())).append('"');
            comment.parent().ifPresent(parent -> xml.append(" w15:paraIdParent=\"").append(paraId(parent)).append('"'));
            xml.append(" w15:done=\"0\"/>");
        }
        return xml.append("</w15:commentsEx>").toString();
    }

    private static String paraId(int commentId) {
        return String.format(Locale.ROOT, "%08X", 0x20000000 + commentId);
    }

    /** The initials Word shows beside a comment: the first letter of each word of the name, at most eight. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s.()\u2014]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() > 8 ? initials.substring(0, 8) : initials.toString();
    }
}
