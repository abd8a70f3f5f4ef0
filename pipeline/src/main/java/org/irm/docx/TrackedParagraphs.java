package org.irm.docx;

import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.irm.docx.TrackedParagraph.Change;
import org.irm.docx.TrackedParagraph.Piece;
import org.irm.docx.TrackedParagraph.PieceKind;

/**
 * Reads the main document's paragraphs, in order, with their tracked changes and comment marks in
 * place (one streaming pass, bounded like {@link DocxReader}). Where {@link DocxReader} says what
 * changes a document holds, this says where they sit in the text, so that several edited copies of
 * one document can be laid over each other.
 */
public final class TrackedParagraphs {

    private final int maxDepth;

    public TrackedParagraphs() {
        this(PackageLimits.DEFAULTS);
    }

    public TrackedParagraphs(PackageLimits limits) {
        this.maxDepth = limits.maxDepth();
    }

    /** The body's paragraphs of an opened package; the caller closes it. */
    public List<TrackedParagraph> read(WordPackage pkg) throws RefusedDocumentException {
        String main = PackageRelations.mainDocument(pkg)
                .orElseThrow(() -> new RefusedDocumentException(RefusalReason.CORRUPT,
                        "The file has no main document part: it is not a complete Word document. Save it again from Word."));
        Pass pass = new Pass(maxDepth);
        DocxReader.parse(pkg, main, pass::read);
        return pass.paragraphs;
    }

    /** One pass over the document part. */
    private static final class Pass {
        private final int maxDepth;
        final List<TrackedParagraph> paragraphs = new ArrayList<>();
        private final Deque<String> elements = new ArrayDeque<>();
        private final Deque<Change> revisions = new ArrayDeque<>();
        private final Map<String, String> openBookmarks = new LinkedHashMap<>();
        private Paragraph paragraph;
        private List<Map.Entry<String, Map<String, String>>> runProperties;
        private Change runFormat;
        private List<Map.Entry<String, Map<String, String>>> oldProperties;
        private boolean inRunProperties;

        Pass(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        void read(XMLStreamReader xml) throws XMLStreamException, RefusedDocumentException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (elements.size() >= maxDepth) {
                        throw new RefusedDocumentException(RefusalReason.CORRUPT, "The document's structure is nested "
                                + "more than " + maxDepth + " levels deep, which no Word document needs: it was refused for safety.");
                    }
                    boolean w = WordNames.W.equals(xml.getNamespaceURI());
                    if (w) {
                        start(xml, xml.getLocalName());
                    }
                    elements.push(w ? xml.getLocalName() : "~" + xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = elements.pop();
                    end(name);
                } else if (event == XMLStreamConstants.CHARACTERS && paragraph != null) {
                    String in = elements.peek();
                    if ("t".equals(in) || "delText".equals(in)) {
                        text(xml.getText());
                    }
                }
            }
        }

        private void start(XMLStreamReader xml, String name) {
            String parent = elements.peek();
            if (inRunProperties) {
                if ("rPrChange".equals(name)) {
                    runFormat = change(xml, RevisionType.FORMATTING);
                    oldProperties = new ArrayList<>();
                } else if (oldProperties != null && !"rPr".equals(name)) {
                    oldProperties.add(property(xml, name));
                } else if (oldProperties == null && "rPr".equals(parent)) {
                    runProperties.add(property(xml, name));
                }
                return;
            }
            switch (name) {
                case "p" -> paragraph = new Paragraph(List.copyOf(openBookmarks.values()));
                case "pStyle" -> { if (paragraph != null && "pPr".equals(parent)) paragraph.style = attribute(xml, "val"); }
                case "ins", "del" -> {
                    RevisionType type = "ins".equals(name) ? RevisionType.INSERTION : RevisionType.DELETION;
                    if ("rPr".equals(parent)) {
                        if (paragraph != null) {
                            paragraph.markChange = change(xml, type);
                        }
                    } else {
                        revisions.push(change(xml, type));
                    }
                }
                case "moveFrom" -> revisions.push(change(xml, RevisionType.MOVE_FROM));
                case "moveTo" -> revisions.push(change(xml, RevisionType.MOVE_TO));
                case "pPrChange" -> { if (paragraph != null) paragraph.formatChange = change(xml, RevisionType.FORMATTING); }
                case "r" -> { runProperties = new ArrayList<>(); runFormat = null; oldProperties = null; }
                case "rPr" -> inRunProperties = "r".equals(parent);
                case "tab" -> { if (!"tabs".equals(parent) && paragraph != null) text("\t"); }
                case "br", "cr" -> { if (paragraph != null) text("\n"); }
                case "bookmarkStart" -> {
                    String id = attribute(xml, "id");
                    String bookmark = attribute(xml, "name");
                    if (id != null && bookmark != null) {
                        openBookmarks.put(id, bookmark);
                        if (paragraph != null) {
                            paragraph.started.add(bookmark);
                        }
                    }
                }
                case "bookmarkEnd" -> {
                    // LibreOffice writes a second start (another id) of a bookmark that is still open: one end closes both.
                    String closed = openBookmarks.remove(attribute(xml, "id"));
                    if (closed != null) {
                        openBookmarks.values().removeIf(closed::equals);
                    }
                }
                case "commentRangeStart" -> mark(PieceKind.COMMENT_START, attribute(xml, "id"));
                case "commentRangeEnd" -> mark(PieceKind.COMMENT_END, attribute(xml, "id"));
                case "commentReference" -> mark(PieceKind.COMMENT_REFERENCE, attribute(xml, "id"));
                default -> { }
            }
        }

        private void end(String name) {
            if (inRunProperties) {
                if ("rPr".equals(name) && "r".equals(elements.peek())) {
                    inRunProperties = false;
                    if (runFormat != null) {
                        // The properties before the change are known only now that the change's own rPr is read.
                        runFormat = new Change(runFormat.type(), runFormat.id(), runFormat.author(), runFormat.date(),
                                oldProperties);
                    }
                }
                return;
            }
            switch (name) {
                case "ins", "del", "moveFrom", "moveTo" -> {
                    if (!"rPr".equals(elements.peek()) && !revisions.isEmpty()) {
                        revisions.pop();
                    }
                }
                case "p" -> {
                    if (paragraph != null) {
                        paragraphs.add(paragraph.finish());
                        paragraph = null;
                    }
                }
                default -> { }
            }
        }

        private void text(String text) {
            Change change = revisions.peek();
            PieceKind kind = change == null ? PieceKind.KEPT : switch (change.type()) {
                case INSERTION -> PieceKind.INSERTED;
                case DELETION -> PieceKind.DELETED;
                case MOVE_FROM -> PieceKind.MOVED_FROM;
                case MOVE_TO -> PieceKind.MOVED_TO;
                default -> PieceKind.KEPT;
            };
            List<Piece> pieces = paragraph.pieces;
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.kind() == kind && last.change() == change && last.format() == runFormat
                    && last.properties().equals(runProperties == null ? List.of() : runProperties)) {
                pieces.set(pieces.size() - 1, new Piece(kind, last.text() + text, change, runFormat, last.properties(), null));
            } else {
                pieces.add(new Piece(kind, text, change, runFormat, runProperties, null));
            }
        }

        private void mark(PieceKind kind, String id) {
            if (paragraph != null && id != null) {
                paragraph.pieces.add(new Piece(kind, "", null, null, List.of(), id));
            }
        }

        private Change change(XMLStreamReader xml, RevisionType type) {
            return new Change(type, attribute(xml, "id"), attribute(xml, "author"), attribute(xml, "date"),
                    null);
        }

        private static Map.Entry<String, Map<String, String>> property(XMLStreamReader xml, String name) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (WordNames.W.equals(xml.getAttributeNamespace(i))) {
                    attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                }
            }
            return new AbstractMap.SimpleImmutableEntry<>(name, Map.copyOf(attributes));
        }

        private static String attribute(XMLStreamReader xml, String localName) {
            String value = xml.getAttributeValue(WordNames.W, localName);
            return value != null ? value : xml.getAttributeValue(null, localName);
        }
    }

    /** A paragraph being read. */
    private static final class Paragraph {
        final List<String> open;
        final List<String> started = new ArrayList<>();
        final List<Piece> pieces = new ArrayList<>();
        String style;
        Change markChange;
        Change formatChange;

        Paragraph(List<String> open) {
            this.open = open;
        }

        TrackedParagraph finish() {
            return new TrackedParagraph(style, open, started, pieces, markChange, formatChange);
        }
    }
}
