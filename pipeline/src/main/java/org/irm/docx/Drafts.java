package org.irm.docx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/** A content control being read; becomes a {@link ContentControl} when its end is reached. */
final class ControlDraft {
    final int index;
    final Integer parentIndex;
    final PartKind part;
    final ControlLevel level;
    final StringBuilder text = new StringBuilder();
    final List<ListItem> items = new ArrayList<>();
    final List<String> bookmarks = new ArrayList<>();
    String tag;
    String alias;
    ControlKind kind = ControlKind.RICH_TEXT;
    Boolean checked;
    String checkedGlyph;
    String uncheckedGlyph;
    String listValue;
    String date;
    String dateFormat;
    String dateLanguage;
    String calendar;
    boolean showingPlaceholder;
    boolean pendingChanges;
    boolean inProperties;
    boolean inContent;

    ControlDraft(int index, Integer parentIndex, PartKind part, ControlLevel level) {
        this.index = index;
        this.parentIndex = parentIndex;
        this.part = part;
        this.level = level;
    }

    void newParagraph() {
        if (inContent) {
            text.append('\n');
        }
    }

    ContentControl finish() {
        String value = TextJoin.trimParagraphs(text);
        Boolean shown = kind == ControlKind.CHECKBOX ? shownChecked(value) : null;
        Boolean state = checked != null || kind != ControlKind.CHECKBOX ? checked : shown;
        return new ContentControl(index, parentIndex, tag, alias, kind, level, part, value, state, selectedValue(value),
                kind == ControlKind.DATE ? date : null, items, showingPlaceholder, pendingChanges, bookmarks,
                picker(shown));
    }

    private PickerDetails picker(Boolean shownChecked) {
        return switch (kind) {
            case CHECKBOX -> new PickerDetails(shownChecked, null, null, null, null);
            case DROPDOWN, COMBO_BOX -> new PickerDetails(null, listValue, null, null, null);
            case DATE -> new PickerDetails(null, null, dateFormat, dateLanguage, calendar);
            default -> null;
        };
    }

    /** The state the box's glyph shows: its own symbols, else Word's defaults ☒ and ☐. */
    private Boolean shownChecked(String value) {
        String on = checkedGlyph != null ? checkedGlyph : WordXml.CHECKED;
        String off = uncheckedGlyph != null ? uncheckedGlyph : WordXml.UNCHECKED;
        boolean showsOn = value.contains(on);
        boolean showsOff = value.contains(off);
        return showsOn == showsOff ? null : showsOn;
    }

    /** Word stores the displayed text of the chosen item: map it back to the item's value. */
    private String selectedValue(String value) {
        if ((kind != ControlKind.DROPDOWN && kind != ControlKind.COMBO_BOX) || showingPlaceholder) {
            return null;
        }
        String shown = value.strip();
        for (ListItem item : items) {
            String display = item.displayText() != null ? item.displayText() : item.value();
            if (shown.equals(display)) {
                return item.value() != null ? item.value() : display;
            }
        }
        return kind == ControlKind.COMBO_BOX && !shown.isEmpty() ? shown : null;
    }
}

/** A tracked change being read. */
final class RevisionDraft {
    final String id;
    final RevisionType type;
    final String author;
    final String date;
    final PartKind part;
    final Anchor anchor;
    final StringBuilder text = new StringBuilder();

    RevisionDraft(String id, RevisionType type, String author, String date, PartKind part, Anchor anchor) {
        this.id = id;
        this.type = type;
        this.author = author;
        this.date = date;
        this.part = part;
        this.anchor = anchor;
    }

    Revision finish() {
        return new Revision(id, type, author, date, text.toString(), part, anchor);
    }
}

/** A bookmark whose end has not been reached yet. */
final class BookmarkDraft {
    final String name;
    final PartKind part;
    final Integer controlIndex;
    final StringBuilder text = new StringBuilder();

    BookmarkDraft(String name, PartKind part, Integer controlIndex) {
        this.name = name;
        this.part = part;
        this.controlIndex = controlIndex;
    }

    void newParagraph() {
        text.append('\n');
    }

    Bookmark finish() {
        return new Bookmark(name, part, TextJoin.trimParagraphs(text), controlIndex);
    }
}

/** A comment of the comments part being read. */
final class CommentDraft {
    final String id;
    final String author;
    final String initials;
    final String date;
    final StringBuilder text = new StringBuilder();
    String paraId;

    private CommentDraft(String id, String author, String initials, String date) {
        this.id = id;
        this.author = author;
        this.initials = initials;
        this.date = date;
    }

    static CommentDraft start(XMLStreamReader xml) {
        return new CommentDraft(attribute(xml, "id"), attribute(xml, "author"), attribute(xml, "initials"),
                attribute(xml, "date"));
    }

    void newParagraph() {
        text.append('\n');
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(WordNames.W, name);
        return value != null ? value : xml.getAttributeValue(null, name);
    }
}

/** Paragraph joining: paragraphs are separated by one newline, with none left at the ends. */
final class TextJoin {
    private TextJoin() {
    }

    static String trimParagraphs(CharSequence text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        int start = 0;
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        return text.subSequence(start, end).toString();
    }
}
