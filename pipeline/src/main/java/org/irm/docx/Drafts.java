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
    final ParagraphText text = new ParagraphText();
    /** Made when the first comes: only lists have items. */
    private List<ListItem> items;
    /** Immutable, as the record keeps it without a copy: most controls have one bookmark. */
    private List<String> bookmarks = List.of();
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
            text.paragraphEnd();
        }
    }

    void item(ListItem item) {
        if (items == null) {
            items = new ArrayList<>();
        }
        items.add(item);
    }

    void bookmark(String name) {
        if (bookmarks.isEmpty()) {
            bookmarks = List.of(name);
        } else {
            List<String> more = new ArrayList<>(bookmarks);
            more.add(name);
            bookmarks = List.copyOf(more);
        }
    }

    ContentControl finish() {
        String value = text.toString();
        Boolean shown = kind == ControlKind.CHECKBOX ? shownChecked(value) : null;
        Boolean state = checked != null || kind != ControlKind.CHECKBOX ? checked : shown;
        return new ContentControl(index, parentIndex, tag, alias, kind, level, part, value, state, selectedValue(value),
                kind == ControlKind.DATE ? date : null, items == null ? List.of() : items, showingPlaceholder,
                pendingChanges, bookmarks, picker(shown));
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
        for (ListItem item : items == null ? List.<ListItem>of() : items) {
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
    final ParagraphText text = new ParagraphText();

    BookmarkDraft(String name, PartKind part, Integer controlIndex) {
        this.name = name;
        this.part = part;
        this.controlIndex = controlIndex;
    }

    void newParagraph() {
        text.paragraphEnd();
    }

    Bookmark finish() {
        return new Bookmark(name, part, text.toString(), controlIndex);
    }
}

/** A comment of the comments part being read. */
final class CommentDraft {
    final String id;
    final String author;
    final String initials;
    final String date;
    final ParagraphText text = new ParagraphText();
    String paraId;

    private CommentDraft(String id, String author, String initials, String date) {
        this.id = id;
        this.author = author;
        this.initials = initials;
        this.date = date;
    }

    static CommentDraft start(XMLStreamReader xml) {
        return new CommentDraft(StoryReader.attribute(xml, "id"), StoryReader.attribute(xml, "author"),
                StoryReader.attribute(xml, "initials"), StoryReader.attribute(xml, "date"));
    }

    void newParagraph() {
        text.paragraphEnd();
    }
}
