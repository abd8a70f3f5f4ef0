package org.irm.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.irm.catalogue.FieldId;
import org.irm.docx.WordNames;
import org.irm.identity.FieldMarks;
import org.irm.register.NoteKind;
import org.irm.review.ReviewCopyWriter;
import org.irm.review.ReviewerFields;

/**
 * Edits a review copy as a reviewer in Word would, by writing the package XML the way Word stores
 * its edits: insertions and deletions ({@code w:ins}, {@code w:del} with {@code w:delText}), moves
 * ({@code w:moveFrom}/{@code w:moveTo} inside their named ranges), comments with their ranges and
 * reference mark in the text, their text in {@code comments.xml} and their threads in
 * {@code commentsExtended.xml}, and the reviewer's own fields typed under Track Changes. For the
 * demo and for tests: deterministic, no Word needed.
 */
public final class SampleReviewer {

    private static final String W = WordNames.W;
    private static final String W14 = WordNames.W14;
    private static final String W15 = WordNames.W15;
    private static final String MC = WordNames.MC;
    private static final String T_OPEN = "<w:t xml:space=\"preserve\">";

    private final Map<String, byte[]> parts;
    private String document;
    private final List<String[]> comments = new ArrayList<>();
    private String author;
    private String date;
    private int nextId = 9000;

    private SampleReviewer(Map<String, byte[]> parts) {
        this.parts = parts;
        this.document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    }

    /** Opens a review copy written by {@link ReviewCopyWriter} for editing. */
    public static SampleReviewer open(Path copy) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(copy))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        if (!parts.containsKey("word/document.xml")) {
            throw new IOException(copy + " has no word/document.xml");
        }
        return new SampleReviewer(parts);
    }

    /** Who makes the following edits, as Word's user name, and when (ISO 8601). */
    public SampleReviewer as(String authorName, String isoDate) {
        this.author = authorName;
        this.date = isoDate;
        return this;
    }

    /** Replaces text of a field's answer, as a tracked deletion followed by a tracked insertion. */
    public SampleReviewer replace(FieldId field, String old, String replacement) {
        Split run = split(field, old);
        document = run.before + del(run, old) + ins(run, replacement) + run.after;
        return this;
    }

    /** Deletes text of a field's answer, tracked. */
    public SampleReviewer delete(FieldId field, String text) {
        Split run = split(field, text);
        document = run.before + del(run, text) + run.after;
        return this;
    }

    /** Inserts text right after the given text of a field's answer, tracked. */
    public SampleReviewer insertAfter(FieldId field, String anchor, String text) {
        Split run = split(field, anchor);
        document = run.before + plain(run, anchor) + ins(run, text) + run.after;
        return this;
    }

    /** Makes text of a field's answer bold, as a tracked change of formatting (w:rPrChange). */
    public SampleReviewer bold(FieldId field, String text) {
        return format(field, text, "<w:b/>");
    }

    /** Makes text of a field's answer italic, as a tracked change of formatting (w:rPrChange). */
    public SampleReviewer italic(FieldId field, String text) {
        return format(field, text, "<w:i/>");
    }

    private SampleReviewer format(FieldId field, String text, String property) {
        Split run = split(field, text);
        String properties = "<w:rPr>" + property + "<w:rPrChange w:id=\"" + id() + "\"" + who() + "><w:rPr/></w:rPrChange></w:rPr>";
        document = run.before + "<w:r>" + properties + T_OPEN + escape(text) + "</w:t></w:r>" + run.after;
        return this;
    }

    /** Moves text of one field's answer to the start of another's, as Word records a move. */
    public SampleReviewer move(FieldId from, String text, FieldId to) {
        Split run = split(from, text);
        String name = "move" + nextId;
        String fromXml = "<w:moveFromRangeStart w:id=\"" + id() + "\" w:name=\"" + name + "\"" + who() + "/>"
                + "<w:moveFrom w:id=\"" + id() + "\"" + who() + ">" + "<w:r>" + run.properties + T_OPEN + escape(text)
                + "</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id=\"" + (nextId - 2) + "\"/>";
        document = run.before + fromXml + run.after;
        int at = afterBookmarkStart(to);
        String toXml = "<w:moveToRangeStart w:id=\"" + id() + "\" w:name=\"" + name + "\"" + who() + "/>"
                + "<w:moveTo w:id=\"" + id() + "\"" + who() + "><w:r>" + run.properties + T_OPEN + escape(text + " ")
                + "</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id=\"" + (nextId - 2) + "\"/>";
        document = document.substring(0, at) + toXml + document.substring(at);
        return this;
    }

    /** Comments on text of a field's answer; returns the comment's id for replies. */
    public String comment(FieldId field, String onText, String text) {
        Split run = split(field, onText);
        String commentId = Integer.toString(comments.size());
        comments.add(new String[] {commentId, author, date, text, null});
        document = run.before + "<w:commentRangeStart w:id=\"" + commentId + "\"/>" + plain(run, onText)
                + "<w:commentRangeEnd w:id=\"" + commentId + "\"/>" + reference(commentId) + run.after;
        return commentId;
    }

    /** Replies to a comment, in its thread (Word gives the reply the same range as the comment). */
    public String reply(String parentId, String text) {
        String replyId = Integer.toString(comments.size());
        comments.add(new String[] {replyId, author, date, text, parentId});
        document = document.replace("<w:commentRangeStart w:id=\"" + parentId + "\"/>",
                "<w:commentRangeStart w:id=\"" + parentId + "\"/><w:commentRangeStart w:id=\"" + replyId + "\"/>");
        document = document.replace("<w:commentRangeEnd w:id=\"" + parentId + "\"/>" + reference(parentId),
                "<w:commentRangeEnd w:id=\"" + parentId + "\"/>" + reference(parentId)
                        + "<w:commentRangeEnd w:id=\"" + replyId + "\"/>" + reference(replyId));
        return replyId;
    }

    /** Types the reviewer's own note into a provision's observation, good practice or recommendation field. */
    public SampleReviewer note(String provisionId, NoteKind kind, String text) {
        int at = afterBookmarkStart(ReviewerFields.field(provisionId, kind));
        int paragraphEnd = document.indexOf("</w:p>", at);
        document = document.substring(0, paragraphEnd) + "<w:ins w:id=\"" + id() + "\"" + who() + "><w:r>" + T_OPEN
                + escape(text) + "</w:t></w:r></w:ins>" + document.substring(paragraphEnd);
        return this;
    }

    /** Writes the edited copy; never over an existing file. */
    public Path save(Path out) throws IOException {
        parts.put("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
        if (!comments.isEmpty()) {
            commentParts();
        }
        try (OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    private void commentParts() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:comments xmlns:w=\"" + W + "\" xmlns:w14=\"" + W14 + "\" xmlns:mc=\"" + MC + "\" mc:Ignorable=\"w14\">");
        StringBuilder threads = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w15:commentsEx xmlns:w15=\"" + W15 + "\">");
        for (String[] c : comments) {
            xml.append("<w:comment w:id=\"").append(c[0]).append("\" w:author=\"").append(escape(c[1]))
                    .append("\" w:date=\"").append(c[2]).append("\" w:initials=\"").append(initials(c[1])).append("\">")
                    .append("<w:p w14:paraId=\"").append(paraId(c[0])).append("\"><w:r>").append(T_OPEN)
                    .append(escape(c[3])).append("</w:t></w:r></w:p></w:comment>");
            threads.append("<w15:commentEx w15:paraId=\"").append(paraId(c[0])).append("\"");
            if (c[4] != null) {
                threads.append(" w15:paraIdParent=\"").append(paraId(c[4])).append("\"");
            }
            threads.append(" w15:done=\"0\"/>");
        }
        parts.put("word/comments.xml", xml.append("</w:comments>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put("word/commentsExtended.xml", threads.append("</w15:commentsEx>").toString().getBytes(StandardCharsets.UTF_8));
        String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
        rels = rels.replace("</Relationships>", "<Relationship Id=\"rIdIrmComments\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/><Relationship Id=\"rIdIrmCommentsEx\" "
                + "Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\" "
                + "Target=\"commentsExtended.xml\"/></Relationships>");
        parts.put("word/_rels/document.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        types = types.replace("</Types>", "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd."
                + "openxmlformats-officedocument.wordprocessingml.comments+xml\"/><Override PartName=\"/word/"
                + "commentsExtended.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                + "commentsExtended+xml\"/></Types>");
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
    }

    /** The run holding some text of a field's answer, cut around that text. */
    private record Split(String before, String properties, String textBefore, String textAfter, String after) { }

    private Split split(FieldId field, String target) {
        int from = afterBookmarkStart(field);
        String escaped = escape(target);
        int at = document.indexOf(escaped, document.indexOf(T_OPEN, from));
        int textStart = document.lastIndexOf(T_OPEN, at) + T_OPEN.length();
        int textEnd = document.indexOf("</w:t>", at);
        if (at < 0 || textEnd < at + escaped.length()) {
            throw new IllegalArgumentException("'" + target + "' is not in the answer to " + field);
        }
        int runStart = document.lastIndexOf("<w:r>", textStart);
        int runEnd = document.indexOf("</w:r>", textEnd) + "</w:r>".length();
        String run = document.substring(runStart, textStart - T_OPEN.length());
        int props = run.indexOf("<w:rPr>");
        String properties = props < 0 ? "" : run.substring(props, run.indexOf("</w:rPr>") + "</w:rPr>".length());
        String before = document.substring(0, runStart);
        String textBefore = document.substring(textStart, at);
        String textAfter = document.substring(at + escaped.length(), textEnd);
        Split split = new Split(before, properties, textBefore, textAfter, document.substring(runEnd));
        String lead = textBefore.isEmpty() ? "" : "<w:r>" + properties + T_OPEN + textBefore + "</w:t></w:r>";
        String tail = textAfter.isEmpty() ? "" : "<w:r>" + properties + T_OPEN + textAfter + "</w:t></w:r>";
        return new Split(before + lead, properties, textBefore, textAfter, tail + split.after);
    }

    private int afterBookmarkStart(FieldId field) {
        String marker = "w:name=\"" + FieldMarks.bookmark(field) + "\"";
        int at = document.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException(field + " is not in this review copy");
        }
        return document.indexOf("/>", at) + 2;
    }

    private String plain(Split run, String text) {
        return "<w:r>" + run.properties + T_OPEN + escape(text) + "</w:t></w:r>";
    }

    private String ins(Split run, String text) {
        return "<w:ins w:id=\"" + id() + "\"" + who() + "><w:r>" + run.properties + T_OPEN + escape(text)
                + "</w:t></w:r></w:ins>";
    }

    private String del(Split run, String text) {
        return "<w:del w:id=\"" + id() + "\"" + who() + "><w:r>" + run.properties
                + "<w:delText xml:space=\"preserve\">" + escape(text) + "</w:delText></w:r></w:del>";
    }

    private static String reference(String commentId) {
        return "<w:r><w:commentReference w:id=\"" + commentId + "\"/></w:r>";
    }

    private String who() {
        return " w:author=\"" + escape(author) + "\" w:date=\"" + date + "\"";
    }

    private String id() {
        return Integer.toString(nextId++);
    }

    private static String paraId(String commentId) {
        return String.format("%08X", 0x10000000 + Integer.parseInt(commentId));
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s.]+")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        return escape(initials.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
