package org.irm.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one story part (document body, header, footer, footnotes, endnotes, comments) in a single
 * StAX pass: content controls, tracked changes, bookmarks and comment anchors, with text read as
 * if every tracked change were accepted. Collects into the shared {@link Collected}.
 */
final class StoryReader {

    private final PartKind part;
    private final Collected out;
    private final int maxDepth;

    /**
     * Open elements, outermost first, {@link #depth} of them: a WordprocessingML element by its local
     * name, any other as {@link #OTHER}. An array, not a deque: it is pushed and popped for every element.
     */
    private String[] elements = new String[32];
    private int depth;
    private final Deque<ControlDraft> controls = new ArrayDeque<>();
    private final Deque<RevisionDraft> revisions = new ArrayDeque<>();
    /**
     * The open bookmarks by id, in the order their ids were started: {@link #openIds} and the bookmark
     * of each (a continued bookmark has two ids). Two lists, not a map: a few are open at a time.
     */
    private final List<String> openIds = new ArrayList<>();
    private final List<BookmarkDraft> openById = new ArrayList<>();
    /** The bookmarks of {@link #openById}, once each: the text goes to these. */
    private final List<BookmarkDraft> openDistinct = new ArrayList<>();
    private final List<String> bookmarksJustStarted = new ArrayList<>();
    private final Map<String, ControlMark> controlMarks = new HashMap<>();
    private final Deque<TableDraft> tables = new ArrayDeque<>();
    private int moveFromDepth;
    private CommentDraft comment;

    StoryReader(PartKind part, Collected out, int maxDepth) {
        this.part = part;
        this.out = out;
        this.maxDepth = maxDepth;
    }

    /** What {@link #elements} holds for an element of another namespace: no WordprocessingML name is spelled so. */
    private static final String OTHER = "~";

    /**
     * Reads the part from the parser as {@link SafeXml#unfilteredReader} gives it: a DTD or entity
     * reference is refused here, and Strict names are taken for their Transitional twins here
     * ({@link #wordNamespace}, {@link #attribute}), as {@link TransitionalReader} would show them.
     */
    void read(XMLStreamReader xml) throws XMLStreamException, RefusedDocumentException {
        while (xml.hasNext()) {
            int event = xml.next();
            SafeXml.refuseDoctype(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth >= maxDepth) {
                    throw new RefusedDocumentException(RefusalReason.CORRUPT, "The document's structure is nested "
                            + "more than " + maxDepth + " levels deep, which no Word document needs: it was refused for safety.");
                }
                // The names are asked for once per element; only WordprocessingML names count as structure:
                // w:t is text, a:t or m:t are not read here.
                String ns = xml.getNamespaceURI();
                String name = xml.getLocalName();
                boolean word = wordNamespace(ns);
                start(xml, ns, name, word);
                push(word ? name : OTHER);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                // The element's own entry says whether it is WordprocessingML and its name: the end tag needs no more.
                end(elements[--depth]);
            } else if (event == XMLStreamConstants.CHARACTERS) {
                characters(xml);
            }
        }
    }

    private void push(String element) {
        if (depth == elements.length) {
            elements = Arrays.copyOf(elements, Math.min(depth * 2, maxDepth));
        }
        elements[depth++] = element;
    }

    /** The innermost open element (the parent, while a start tag is being read), or null at the root. */
    private String innermost() {
        return depth == 0 ? null : elements[depth - 1];
    }

    /**
     * Text of a w:t or w:delText, made into a string only when something open collects it: most of
     * a checklist's words (questions, help) sit outside every control, bookmark, table and change.
     */
    private void characters(XMLStreamReader xml) {
        String element = innermost();
        if ("t".equals(element)) {
            if (collectingText()) {
                text(xml.getText(), false);
            }
        } else if ("delText".equals(element) && !revisions.isEmpty()) {
            deletedText(xml.getText());
        }
    }

    /** Whether {@link #text} has anywhere to put text now. */
    private boolean collectingText() {
        return !controls.isEmpty() || !openDistinct.isEmpty() || (!tables.isEmpty() && tables.peek().cell != null)
                || !revisions.isEmpty() || comment != null;
    }

    /** The WordprocessingML main namespace, Transitional or Strict. */
    private static boolean wordNamespace(String ns) {
        return WordNames.W.equals(ns) || StrictNames.W.equals(ns);
    }

    private void start(XMLStreamReader xml, String ns, String name, boolean word) throws RefusedDocumentException {
        if (!bookmarksJustStarted.isEmpty() && !"bookmarkStart".equals(name) && !"bookmarkEnd".equals(name) && !"sdt".equals(name)) {
            bookmarksJustStarted.clear();
        }
        if (word) {
            startW(xml, name);
        } else if (WordNames.W14.equals(ns) && !controls.isEmpty() && controls.peek().inProperties) {
            controlProperty14(xml, name);
        } else if (WordNames.W15.equals(ns) && !controls.isEmpty() && controls.peek().inProperties) {
            if ("repeatingSection".equals(name)) {
                controls.peek().kind = ControlKind.REPEATING_SECTION;
            } else if ("repeatingSectionItem".equals(name)) {
                controls.peek().kind = ControlKind.REPEATING_ITEM;
            }
        }
    }

    private void startW(XMLStreamReader xml, String name) throws RefusedDocumentException {
        ControlDraft control = controls.peek();
        if (control != null && control.inProperties) {
            controlProperty(xml, name, control);
            return;
        }
        switch (name) {
            case "sdt" -> startControl();
            case "sdtPr" -> { if (control != null) control.inProperties = true; }
            case "sdtContent" -> { if (control != null) control.inContent = true; }
            case "ins" -> startRevision(xml, RevisionType.INSERTION);
            case "del" -> startRevision(xml, RevisionType.DELETION);
            case "moveFrom" -> { startRevision(xml, RevisionType.MOVE_FROM); moveFromDepth++; }
            case "moveTo" -> startRevision(xml, RevisionType.MOVE_TO);
            case "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
                 "numberingChange", "tblPrExChange" -> startRevision(xml, RevisionType.FORMATTING);
            // A table grid's change has no author or date of its own: it belongs to the table
            // properties' change Word writes beside it, which is the revision reported.
            case "tblGridChange" -> markPending();
            case "customXmlInsRangeStart" -> startControlMark(xml, RevisionType.INSERTION);
            case "customXmlDelRangeStart" -> startControlMark(xml, RevisionType.DELETION);
            case "customXmlMoveFromRangeStart" -> startControlMark(xml, RevisionType.MOVE_FROM);
            case "customXmlMoveToRangeStart" -> startControlMark(xml, RevisionType.MOVE_TO);
            case "customXmlInsRangeEnd", "customXmlDelRangeEnd", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeEnd" ->
                    endControlMark(attribute(xml, "id"));
            case "bookmarkStart" -> startBookmark(xml);
            case "bookmarkEnd" -> endBookmark(attribute(xml, "id"));
            case "tbl" -> { if (part == PartKind.BODY) tables.push(new TableDraft()); }
            case "tr" -> { if (!tables.isEmpty()) tables.peek().row = new ArrayList<>(); }
            case "tc" -> { if (!tables.isEmpty()) tables.peek().cell = new ParagraphText(); }
            case "commentRangeStart" -> { markPending(); out.commentStart(attribute(xml, "id"), anchorHere(), true); }
            case "commentReference" -> { markPending(); out.commentStart(attribute(xml, "id"), anchorHere(), false); }
            case "tab" -> { if (!"tabs".equals(innermost())) text("\t", true); }
            case "br", "cr" -> text("\n", true);
            case "p" -> { if (comment != null) comment.paraId = xml.getAttributeValue(WordNames.W14, "paraId"); }
            case "comment" -> { if (part == PartKind.COMMENTS) comment = CommentDraft.start(xml); }
            default -> { }
        }
    }

    /** The end of an element, by what {@link #elements} held for it. */
    private void end(String name) {
        if (name == OTHER) {
            return;
        }
        ControlDraft control = controls.peek();
        switch (name) {
            case "sdtPr" -> { if (control != null) control.inProperties = false; }
            case "sdt" -> { if (control != null) out.finishControl(controls.pop()); }
            case "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
                 "trPrChange", "tcPrChange", "numberingChange", "tblPrExChange" -> endRevision(name);
            case "p" -> paragraphEnd();
            case "tc", "tr", "tbl" -> tableEnd(name);
            case "comment" -> { if (comment != null) { out.comment(comment); comment = null; } }
            default -> { }
        }
    }

    private void startControl() {
        ControlDraft parent = controls.peek();
        ControlDraft control = new ControlDraft(out.nextControlIndex(), parent == null ? null : parent.index, part,
                levelHere(parent));
        for (int i = 0; i < bookmarksJustStarted.size(); i++) {
            control.bookmark(bookmarksJustStarted.get(i));
        }
        bookmarksJustStarted.clear();
        out.reserveControl(control);
        controls.push(control);
    }

    /** Where the sdt sits decides what it holds: rows in a table, a cell in a row, runs in a paragraph. */
    private ControlLevel levelHere(ControlDraft parent) {
        String container = innermost();
        if (container == null) {
            return ControlLevel.BLOCK;
        }
        return switch (container) {
            case "tbl" -> ControlLevel.ROW;
            case "tr" -> ControlLevel.CELL;
            case "p", "hyperlink", "smartTag", "fldSimple", "ins", "del", "moveTo", "moveFrom", "customXml" ->
                    "customXml".equals(container) && parent == null ? ControlLevel.BLOCK : ControlLevel.RUN;
            case "sdtContent" -> parent == null ? ControlLevel.BLOCK : parent.level;
            default -> ControlLevel.BLOCK;
        };
    }

    private void controlProperty(XMLStreamReader xml, String name, ControlDraft control) {
        switch (name) {
            case "tag" -> control.tag = attribute(xml, "val");
            case "alias" -> control.alias = attribute(xml, "val");
            case "showingPlcHdr" -> control.showingPlaceholder = onOff(attribute(xml, "val"));
            case "text" -> control.kind = ControlKind.TEXT;
            case "dropDownList" -> { control.kind = ControlKind.DROPDOWN; control.listValue = attribute(xml, "lastValue"); }
            case "comboBox" -> { control.kind = ControlKind.COMBO_BOX; control.listValue = attribute(xml, "lastValue"); }
            case "listItem" -> control.item(new ListItem(attribute(xml, "displayText"), attribute(xml, "value")));
            case "date" -> {
                control.kind = ControlKind.DATE;
                String full = attribute(xml, "fullDate");
                control.date = full == null || full.length() < 10 ? null : full.substring(0, 10);
            }
            case "dateFormat" -> control.dateFormat = attribute(xml, "val");
            case "lid" -> control.dateLanguage = attribute(xml, "val");
            case "calendar" -> control.calendar = attribute(xml, "val");
            case "picture" -> control.kind = ControlKind.PICTURE;
            case "group" -> control.kind = ControlKind.GROUP;
            case "docPartObj", "docPartList" -> control.kind = ControlKind.DOC_PART;
            case "citation" -> control.kind = ControlKind.CITATION;
            case "bibliography" -> control.kind = ControlKind.BIBLIOGRAPHY;
            case "equation" -> control.kind = ControlKind.EQUATION;
            case "richText" -> control.kind = ControlKind.RICH_TEXT;
            default -> { }
        }
    }

    private void controlProperty14(XMLStreamReader xml, String name) {
        ControlDraft control = controls.peek();
        if ("checkbox".equals(name)) {
            control.kind = ControlKind.CHECKBOX;
        } else if ("checked".equals(name)) {
            control.checked = onOff(xml.getAttributeValue(WordNames.W14, "val"));
        } else if ("checkedState".equals(name)) {
            control.checkedGlyph = glyph(xml.getAttributeValue(WordNames.W14, "val"));
        } else if ("uncheckedState".equals(name)) {
            control.uncheckedGlyph = glyph(xml.getAttributeValue(WordNames.W14, "val"));
        }
    }

    private void startRevision(XMLStreamReader xml, RevisionType type) {
        markPending();
        revisions.push(new RevisionDraft(attribute(xml, "id"), type, attribute(xml, "author"), attribute(xml, "date"),
                part, anchorHere()));
    }

    /**
     * The tracked insertion, deletion or move of a whole content control (or custom XML element):
     * Word marks the control's start tag and its end tag each with a range of their own
     * ({@code w:customXmlDelRangeStart} ... {@code w:customXmlDelRangeEnd}), with author and date.
     * One revision per control: the mark whose range closes inside the control it opens, anchored
     * to that control; the mark around its end tag, whose range closes outside it, repeats it.
     */
    private void startControlMark(XMLStreamReader xml, RevisionType type) {
        String id = attribute(xml, "id");
        if (id != null) {
            controlMarks.put(id, new ControlMark(type, attribute(xml, "author"), attribute(xml, "date"), controls.size()));
        }
    }

    private void endControlMark(String id) {
        ControlMark mark = id == null ? null : controlMarks.remove(id);
        if (mark == null || controls.size() < mark.depth()) {
            return;
        }
        markPending();
        out.revision(new RevisionDraft(id, mark.type(), mark.author(), mark.date(), part, anchorHere()).finish());
    }

    /** A content control's change mark whose range is still open, with the control depth where it opened. */
    private record ControlMark(RevisionType type, String author, String date, int depth) { }

    private void endRevision(String name) {
        if (revisions.isEmpty()) {
            return;
        }
        if ("moveFrom".equals(name)) {
            moveFromDepth--;
        }
        out.revision(revisions.pop().finish());
    }

    private void startBookmark(XMLStreamReader xml) {
        String name = attribute(xml, "name");
        String id = attribute(xml, "id");
        if (name == null || id == null) {
            return;
        }
        ControlDraft control = controls.peek();
        // LibreOffice may write a second start of a bookmark that is still open (with another id) where a
        // content control ends: it continues the same bookmark, whose text runs to whichever end comes.
        BookmarkDraft open = null;
        for (int i = 0; i < openDistinct.size() && open == null; i++) {
            if (openDistinct.get(i).name.equals(name)) {
                open = openDistinct.get(i);
            }
        }
        if (open == null) {
            open = new BookmarkDraft(name, part, control == null ? null : control.index);
            openDistinct.add(open);
        }
        BookmarkDraft replaced = null;
        int at = openIds.indexOf(id);
        if (at >= 0) {
            replaced = openById.set(at, open);
        } else {
            openIds.add(id);
            openById.add(open);
        }
        if (replaced != null && replaced != open && !openById.contains(replaced)) {
            openDistinct.remove(replaced); // a second start with the id of one still open (a broken file) drops the first
        }
        if (control != null && control.inContent) {
            control.bookmark(name);
        }
        bookmarksJustStarted.add(name);
        // Word's hidden bookmarks (_GoBack, _Hlk...) name no table of ours.
        if (!tables.isEmpty() && !name.startsWith("_")) {
            tables.peek().bookmarks.add(name);
        }
    }

    /** Closes a cell, row or table of the body; a table is kept when one of our bookmarks starts in it. */
    private void tableEnd(String name) {
        TableDraft table = tables.peek();
        if (table == null) {
            return;
        }
        switch (name) {
            case "tc" -> {
                if (table.row != null && table.cell != null) {
                    table.row.add(table.cell.toString().strip());
                }
                table.cell = null;
            }
            case "tr" -> {
                if (table.row != null) {
                    table.rows.add(table.row);
                }
                table.row = null;
            }
            default -> {
                tables.pop();
                if (!table.bookmarks.isEmpty()) {
                    out.table(new BookmarkedTable(table.bookmarks, table.rows));
                }
            }
        }
    }

    /** A body table being read: its rows so far, the cell being read. Cells of a nested table go to that table only. */
    private static final class TableDraft {
        final List<String> bookmarks = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        List<String> row;
        ParagraphText cell;
    }

    private void endBookmark(String id) {
        int at = openIds.indexOf(id);
        if (at >= 0) {
            BookmarkDraft bookmark = openById.get(at);
            for (int i = openById.size() - 1; i >= 0; i--) {
                if (openById.get(i) == bookmark) {
                    openById.remove(i);
                    openIds.remove(i);
                }
            }
            openDistinct.remove(bookmark);
            out.bookmark(bookmark.finish());
        }
    }

    private Anchor anchorHere() {
        ControlDraft control = controls.peek();
        List<String> names = openById.stream().distinct().map(b -> b.name).toList();
        return control == null ? new Anchor(null, null, names) : new Anchor(control.index, control.tag, names);
    }

    private void markPending() {
        controls.forEach(c -> c.pendingChanges = true);
    }

    /** Accepted text: moved-away text is out; everything else that sits in w:t is in. */
    /** Accepted text: moved-away text is out; everything else that sits in w:t is in. */
    private void text(String text, boolean structural) {
        if (moveFromDepth > 0) {
            if (!revisions.isEmpty() && !structural) {
                revisions.peek().text.append(text);
            }
            return;
        }
        // Loops, not streams, and no iterator when there is nothing to visit: this runs for every run of text.
        if (!controls.isEmpty()) {
            for (ControlDraft control : controls) {
                control.text.append(text);
            }
        }
        for (int i = 0; i < openDistinct.size(); i++) {
            openDistinct.get(i).text.append(text);
        }
        if (!tables.isEmpty() && tables.peek().cell != null) {
            tables.peek().cell.append(text);
        }
        if (!revisions.isEmpty() && !structural) {
            revisions.peek().text.append(text);
        }
        if (comment != null) {
            comment.text.append(text);
        }
    }

    private void deletedText(String text) {
        if (!revisions.isEmpty()) {
            revisions.peek().text.append(text);
        }
    }

    private void paragraphEnd() {
        if (!tables.isEmpty() && tables.peek().cell != null) {
            tables.peek().cell.paragraphEnd();
        }
        if (!controls.isEmpty()) {
            for (ControlDraft control : controls) {
                control.newParagraph();
            }
        }
        for (int i = 0; i < openDistinct.size(); i++) {
            openDistinct.get(i).newParagraph();
        }
        if (comment != null) {
            comment.newParagraph();
        }
    }

    /** A w: attribute (Transitional, else Strict), else the same name without a namespace. */
    static String attribute(XMLStreamReader xml, String localName) {
        String value = xml.getAttributeValue(WordNames.W, localName);
        if (value == null) {
            value = xml.getAttributeValue(StrictNames.W, localName);
        }
        return value != null ? value : xml.getAttributeValue(null, localName);
    }

    /** A check box's symbol: its character code in hex ({@code 2612}); null when unreadable. */
    private static String glyph(String hex) {
        try {
            return hex == null ? null : glyph(Integer.parseInt(hex.strip(), 16));
        } catch (IllegalArgumentException notACharacter) {
            return null;
        }
    }

    /** Word's own two symbols as the constants they equal: every check box names both. */
    private static String glyph(int codePoint) {
        if (codePoint == WordXml.CHECKED.codePointAt(0)) {
            return WordXml.CHECKED;
        }
        return codePoint == WordXml.UNCHECKED.codePointAt(0) ? WordXml.UNCHECKED : Character.toString(codePoint);
    }

    private static boolean onOff(String value) {
        return value == null || !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off"));
    }
}
