package org.irm.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.irm.folders.OutputFolder;

/**
 * Writes a copy of someone's Word package with comments added on bookmarked places (a checklist's
 * answer fields), and nothing else changed: every other part is copied as it was, and in the main
 * document only the comment's range marks and its reference are inserted, so the sender's text,
 * tracked changes and formatting stay exactly theirs. Existing comments are kept; new ones are
 * appended with ids after theirs.
 *
 * <p>Edits the XML as text on purpose: loading and saving the package through an object model
 * would re-serialise every part the sender wrote. The package must have passed screening (bounded,
 * no DOCTYPE); where its markup is not what Word and LibreOffice write (no {@code w:} prefix for
 * WordprocessingML), no copy is made.
 */
public final class CommentedCopy {

    /** A comment to place around the bookmark of that name. */
    public record PlacedComment(String bookmark, String text) {
        public PlacedComment {
            Objects.requireNonNull(bookmark, "bookmark");
            Objects.requireNonNull(text, "text");
        }
    }

    private static final String COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    private static final String COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
    private static final Pattern COMMENT_ID = Pattern.compile("<w:comment\\b[^>]*?\\bw:id=\"(-?\\d+)\"");

    private final String author;
    private final String initials;
    private final PackageLimits limits;

    public CommentedCopy(String author, String initials, PackageLimits limits) {
        this.author = author;
        this.initials = initials;
        this.limits = limits;
    }

    /**
     * Writes the commented copy to {@code target}, which must not exist (it is never overwritten);
     * written to a temporary file beside it first, then moved into place. A package in Strict Open
     * XML gets its comments in Strict names, so the copy stays Strict. Every part is copied through
     * the reader's bounded streams: a part that inflates past the {@link PackageLimits} stops the
     * copy with a {@link RefusalReason#ZIP_BOMB} refusal instead of filling the disk.
     *
     * @return the bookmarks found and commented, in the order given; empty (and no file written)
     *         when none of them was found or the package's markup is not one this class edits
     */
    public List<String> write(Path original, List<PlacedComment> comments, Instant date, Path target)
            throws IOException, RefusedDocumentException {
        try (WordPackage pkg = WordPackage.open(original, limits)) {
            return write(pkg, comments, date, target);
        } catch (WordPackage.LimitExceeded e) {
            throw Refusals.zipBomb();
        }
    }

    private List<String> write(WordPackage pkg, List<PlacedComment> comments, Instant date, Path target)
            throws IOException, RefusedDocumentException {
        String main = PackageParts.mainDocument(pkg).orElse(null);
        if (main == null) {
            return List.of();
        }
        String document = markup(pkg, main);
        Markup markup = Markup.of(document);
        String contentTypes = text(pkg, "[Content_Types].xml");
        if (markup == null || contentTypes == null) {
            return List.of();
        }
        String commentsPart = PackageRelations.of(pkg, main, limits).stream().filter(r -> "comments".equals(r.type()))
                .map(PackageRelations.Related::part).filter(pkg::has).findFirst().orElse(null);
        String existingComments = commentsPart == null ? null : text(pkg, commentsPart);
        int slash = main.lastIndexOf('/');
        String relsPart = main.substring(0, slash + 1) + "_rels/" + main.substring(slash + 1) + ".rels";
        String rels = pkg.has(relsPart) ? text(pkg, relsPart) : null;
        int nextId = existingComments == null ? 0 : maxCommentId(existingComments) + 1;
        List<Insertion> insertions = new ArrayList<>();
        StringBuilder newComments = new StringBuilder();
        List<String> placed = new ArrayList<>();
        String when = date.truncatedTo(ChronoUnit.SECONDS).toString();
        Bookmarks bookmarks = Bookmarks.of(document);
        for (PlacedComment comment : comments) {
            int id = nextId;
            if (place(document, bookmarks, comment.bookmark(), id, insertions)) {
                nextId++;
                placed.add(comment.bookmark());
                newComments.append(commentXml(id, when, comment.text()));
            }
        }
        if (placed.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> replaced = new LinkedHashMap<>();
        replaced.put(main, apply(document, insertions).getBytes(StandardCharsets.ISO_8859_1));
        if (commentsPart != null) {
            int end = existingComments.lastIndexOf("</w:comments>");
            if (end < 0) {
                return List.of();
            }
            replaced.put(commentsPart, utf8(existingComments.substring(0, end) + newComments + existingComments.substring(end)));
        } else {
            commentsPart = freeCommentsPart(pkg, main);
            replaced.put(commentsPart, utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments "
                    + markup.declaration() + ">" + newComments + "</w:comments>"));
            String target2 = commentsPart.substring(main.lastIndexOf('/') + 1);
            String relationship = "<Relationship Id=\"" + freeRelationshipId(rels) + "\" Type=\"" + markup.commentsType()
                    + "\" Target=\"" + target2 + "\"/>";
            replaced.put(relsPart, utf8(rels == null
                    ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                            + "http://schemas.openxmlformats.org/package/2006/relationships\">" + relationship + "</Relationships>"
                    : rels.replace("</Relationships>", relationship + "</Relationships>")));
            replaced.put("[Content_Types].xml", utf8(contentTypes.replace("</Types>",
                    "<Override PartName=\"/" + commentsPart + "\" ContentType=\"" + COMMENTS_CONTENT_TYPE + "\"/></Types>")));
        }
        writePackage(pkg, replaced, target);
        return placed;
    }

    /**
     * Which WordprocessingML the main document is written in, as its {@code w:} prefix declares:
     * Transitional or Strict. The comments part and its relationship are written in the same one.
     */
    private record Markup(String declaration, String commentsType) {
        static Markup of(String document) {
            if (document.contains(declaring(WordNames.W))) {
                return new Markup(declaring(WordNames.W), COMMENTS_TYPE);
            }
            if (document.contains(declaring(StrictNames.W))) {
                return new Markup(declaring(StrictNames.W), StrictNames.RELATIONSHIP_TYPES + "comments");
            }
            return null;
        }

        private static String declaring(String namespace) {
            return "xmlns:w=\"" + namespace + "\"";
        }
    }

    /** Marks the range of the bookmark's content for the comment; false when the bookmark is not there. */
    private static boolean place(String document, Bookmarks bookmarks, String bookmark, int id,
                                 List<Insertion> insertions) {
        Optional<int[]> range = bookmarks.range(bookmark);
        if (range.isEmpty()) {
            return false;
        }
        int startEnd = range.get()[0];
        int endStart = range.get()[1];
        int endEnd = range.get()[2];
        String rangeStart = "<w:commentRangeStart w:id=\"" + id + "\"/>";
        String rangeEnd = "<w:commentRangeEnd w:id=\"" + id + "\"/>";
        String reference = "<w:r><w:commentReference w:id=\"" + id + "\"/></w:r>";
        insertions.add(new Insertion(startEnd, rangeStart));
        if (!outsideParagraph(document, endStart)) {
            insertions.add(new Insertion(endEnd, rangeEnd + reference));
            return true;
        }
        // A block-level field (a long answer in a block content control): the range goes around the
        // whole control, between paragraphs, and the reference run into the next paragraph (or a
        // paragraph of its own). LibreOffice 7.4 drops the text of a comment anchored inside a
        // block-level control.
        int next = endEnd;
        while (next < document.length() && Character.isWhitespace(document.charAt(next))) {
            next++;
        }
        int inParagraph = insideNextParagraph(document, next);
        if (inParagraph < 0) {
            insertions.add(new Insertion(endEnd, rangeEnd + "<w:p>" + reference + "</w:p>"));
        } else {
            insertions.add(new Insertion(endEnd, rangeEnd));
            insertions.add(new Insertion(inParagraph, reference));
        }
        return true;
    }

    /** Where a run can go at the start of the paragraph that begins at {@code at}, or -1 when none begins there. */
    private static int insideNextParagraph(String document, int at) {
        if (!document.startsWith("<w:p>", at) && !document.startsWith("<w:p ", at)) {
            return -1;
        }
        int tagEnd = document.indexOf('>', at) + 1;
        if (tagEnd <= 0 || document.charAt(tagEnd - 2) == '/') {
            return -1;
        }
        int close = document.indexOf("</w:p>", tagEnd);
        int properties = document.indexOf("</w:pPr>", tagEnd);
        if (properties >= 0 && properties < close) {
            String between = document.substring(tagEnd, properties);
            if (!between.contains("<w:r>") && !between.contains("<w:r ")) {
                return properties + "</w:pPr>".length();
            }
        }
        return tagEnd;
    }

    private static boolean outsideParagraph(String document, int position) {
        return document.lastIndexOf("</w:p>", position) > paragraphStartBefore(document, position);
    }

    /**
     * The last {@code <w:p>} or {@code <w:p ...>} before the position, or -1. Searched as
     * {@code "<w:p"} and checked by the next character, so the nearest one is found without a
     * second scan back to the start of a large document for a form that never occurs.
     */
    private static int paragraphStartBefore(String document, int position) {
        int at = document.lastIndexOf("<w:p", position);
        while (at >= 0) {
            char next = at + 4 < document.length() ? document.charAt(at + 4) : ' ';
            if (next == '>' || next == ' ' || next == '/') {
                return at;
            }
            at = document.lastIndexOf("<w:p", at - 1);
        }
        return -1;
    }

    /** The document with every insertion spliced in, in one pass; at equal offsets the later insertion comes first. */
    private static String apply(String document, List<Insertion> insertions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < insertions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> insertions.get(i).offset()).thenComparing(Comparator.reverseOrder()));
        int added = insertions.stream().mapToInt(insertion -> insertion.text().length()).sum();
        StringBuilder out = new StringBuilder(document.length() + added);
        int copied = 0;
        for (int index : order) {
            Insertion insertion = insertions.get(index);
            out.append(document, copied, insertion.offset()).append(insertion.text());
            copied = insertion.offset();
        }
        return out.append(document, copied, document.length()).toString();
    }

    /**
     * Every bookmark of the main document, found in one pass: for each name, where its start tag
     * ends and where its end tag begins and ends. One look-up per comment instead of a search of
     * the whole document per comment (a checklist's document.xml is several megabytes).
     */
    private record Bookmarks(Map<String, String> idByName, Map<String, Integer> startEndByName,
                             Map<String, List<int[]>> endsById) {

        private static final String START = "<w:bookmarkStart";
        private static final String END = "<w:bookmarkEnd";

        // Searched with indexOf, not regular expressions: a checklist's document.xml is several
        // megabytes, and a regex scan of it cost more than the rest of the annotated copy.
        static Bookmarks of(String document) {
            Map<String, String> ids = new HashMap<>();
            Map<String, Integer> startEnds = new HashMap<>();
            Map<String, List<int[]>> ends = new HashMap<>();
            int at = document.indexOf("<w:bookmark");
            while (at >= 0) {
                int tagEnd = document.indexOf('>', at) + 1;
                if (tagEnd <= 0) {
                    break;
                }
                if (isTag(document, at, START)) {
                    String name = attribute(document, at, tagEnd, "w:name");
                    String id = attribute(document, at, tagEnd, "w:id");
                    if (name != null && id != null && !ids.containsKey(name)) {
                        ids.put(name, id);
                        startEnds.put(name, tagEnd);
                    }
                } else if (isTag(document, at, END)) {
                    String id = attribute(document, at, tagEnd, "w:id");
                    if (id != null) {
                        ends.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {at, tagEnd});
                    }
                }
                at = document.indexOf("<w:bookmark", tagEnd);
            }
            return new Bookmarks(ids, startEnds, ends);
        }

        /** Whether the tag at {@code at} is exactly this element (not a longer name that starts the same). */
        private static boolean isTag(String document, int at, String element) {
            if (!document.startsWith(element, at)) {
                return false;
            }
            char next = document.charAt(at + element.length());
            return next == ' ' || next == '/' || next == '>' || Character.isWhitespace(next);
        }

        /** The value of a double-quoted attribute inside the tag between {@code from} and {@code to}, or null. */
        private static String attribute(String document, int from, int to, String name) {
            int at = from;
            while (true) {
                at = document.indexOf(name + "=\"", at);
                if (at < 0 || at >= to) {
                    return null;
                }
                if (Character.isWhitespace(document.charAt(at - 1))) {
                    int valueStart = at + name.length() + 2;
                    int valueEnd = document.indexOf('"', valueStart);
                    return valueEnd < 0 || valueEnd >= to ? null : document.substring(valueStart, valueEnd);
                }
                at += name.length();
            }
        }

        /** {start tag's end, end tag's start, end tag's end} of the named bookmark, when both tags are there. */
        Optional<int[]> range(String name) {
            String id = idByName.get(name);
            if (id == null) {
                return Optional.empty();
            }
            int startEnd = startEndByName.get(name);
            // Ends are in document order: the first after the start closes this bookmark.
            return endsById.getOrDefault(id, List.of()).stream().filter(end -> end[0] >= startEnd).findFirst()
                    .map(end -> new int[] {startEnd, end[0], end[1]});
        }
    }

    private String commentXml(int id, String when, String text) {
        StringBuilder paragraphs = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            paragraphs.append("<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space=\"preserve\">")
                    .append(escape(line)).append("</w:t></w:r></w:p>");
        }
        return "<w:comment w:id=\"" + id + "\" w:author=\"" + escape(author) + "\" w:date=\"" + when
                + "\" w:initials=\"" + escape(initials) + "\">" + paragraphs + "</w:comment>";
    }

    private static int maxCommentId(String comments) {
        int max = -1;
        Matcher ids = COMMENT_ID.matcher(comments);
        while (ids.find()) {
            max = Math.max(max, Integer.parseInt(ids.group(1)));
        }
        return max;
    }

    private static String freeCommentsPart(WordPackage pkg, String main) {
        String folder = main.substring(0, main.lastIndexOf('/') + 1);
        String name = folder + "comments.xml";
        for (int n = 2; pkg.has(name); n++) {
            name = folder + "comments" + n + ".xml";
        }
        return name;
    }

    private static String freeRelationshipId(String rels) {
        String id = "rIdIrmComments";
        for (int n = 2; rels != null && rels.contains("Id=\"" + id + "\""); n++) {
            id = "rIdIrmComments" + n;
        }
        return id;
    }

    /** Copies every entry of the package in its order, each through the bounded stream, with the replaced parts' new bytes. */
    private static void writePackage(WordPackage pkg, Map<String, byte[]> replaced, Path target) throws IOException,
            RefusedDocumentException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".commented-", ".tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temporary);
                 ZipOutputStream out = new ZipOutputStream(file)) {
                // The fastest level: the copy is a reply to read once, and deflating a checklist's
                // megabytes at the default level was the largest cost of answering a return.
                out.setLevel(Deflater.BEST_SPEED);
                // Part names are compared ignoring case, as the package itself compares them.
                Map<String, Map.Entry<String, byte[]>> pending = new LinkedHashMap<>();
                replaced.forEach((name, bytes) -> pending.put(name.toLowerCase(Locale.ROOT), Map.entry(name, bytes)));
                for (String name : pkg.entryNames()) {
                    out.putNextEntry(new ZipEntry(name));
                    Map.Entry<String, byte[]> replacement = pending.remove(name.toLowerCase(Locale.ROOT));
                    if (replacement != null) {
                        out.write(replacement.getValue());
                    } else if (!name.endsWith("/")) {
                        try (InputStream in = pkg.open(name).orElseThrow()) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
                for (Map.Entry<String, byte[]> added : pending.values()) {
                    out.putNextEntry(new ZipEntry(added.getKey()));
                    out.write(added.getValue());
                    out.closeEntry();
                }
            }
            OutputFolder.applyFileMode(temporary);
            // No REPLACE_EXISTING: a file already at the target is never overwritten.
            Files.move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String text(WordPackage pkg, String part) throws RefusedDocumentException, IOException {
        Optional<InputStream> in = pkg.open(part);
        if (in.isEmpty()) {
            return null;
        }
        try (InputStream stream = in.get()) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The part's bytes one char per byte (ISO-8859-1), not decoded: everything searched for and
     * inserted is ASCII markup (tags, ids, our bookmarks' names), so offsets are byte offsets and
     * the State's text (UTF-8, any script) goes back out byte for byte. Decoding a checklist's megabytes to UTF-16 and encoding
     * them again was most of what the copy cost beyond deflating.
     */
    private static String markup(WordPackage pkg, String part) throws RefusedDocumentException, IOException {
        Optional<InputStream> in = pkg.open(part);
        if (in.isEmpty()) {
            return null;
        }
        try (InputStream stream = in.get()) {
            return new String(stream.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private record Insertion(int offset, String text) { }
}
