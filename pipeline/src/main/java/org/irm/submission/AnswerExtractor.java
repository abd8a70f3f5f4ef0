package org.irm.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.QuestionKind;
import org.irm.checklist.ChecklistManifest;
import org.irm.checklist.FieldMapEntry;
import org.irm.checklist.FieldMarks;
import org.irm.docx.Bookmark;
import org.irm.docx.ContentControl;
import org.irm.docx.DocxReading;

/**
 * Reads every answer of a returned checklist, field by field, looking for each in the order
 * DESIGN.md sets: the control's tag, then the bookmark around the answer, then the field map's
 * position. Fields found by none of them are reported, never guessed.
 */
public final class AnswerExtractor {

    private static final String CHECKED_GLYPH = "\u2612";
    private static final String UNCHECKED_GLYPH = "\u2610";

    public Extraction extract(DocxReading reading, ChecklistManifest manifest) {
        Index index = new Index(reading);
        List<Answer> answers = new ArrayList<>();
        List<FieldId> missing = new ArrayList<>();
        for (FieldMapEntry entry : manifest.fields()) {
            find(entry, index, manifest.fields().size()).ifPresentOrElse(answers::add, () -> missing.add(entry.field()));
        }
        return new Extraction(answers, missing);
    }

    private Optional<Answer> find(FieldMapEntry entry, Index index, int fieldCount) {
        ContentControl tagged = index.byTag.get(entry.field());
        if (tagged != null) {
            return Optional.of(answer(entry, tagged, FoundBy.TAG));
        }
        ContentControl marked = index.byBookmark.get(entry.bookmark());
        Bookmark bookmark = index.bookmarks.get(entry.bookmark());
        if (bookmark != null && (marked == null || isText(entry.kind()))) {
            return Optional.of(new Answer(entry.field(), valueOfText(entry, textOf(bookmark, marked)), FoundBy.BOOKMARK,
                    marked != null && marked.pendingChanges()));
        }
        if (marked != null) {
            return Optional.of(answer(entry, marked, FoundBy.BOOKMARK));
        }
        // Positions only mean something while the controls are still the ones we wrote, one per field.
        if (index.answerControls.size() == fieldCount && entry.position() < fieldCount) {
            return Optional.of(answer(entry, index.answerControls.get(entry.position()), FoundBy.FIELD_MAP));
        }
        return Optional.empty();
    }

    /**
     * The answer's text from its bookmark, which spans the whole answer even where LibreOffice cut
     * the control down to its first paragraph. That first paragraph is taken from the control
     * itself: LibreOffice 7.4 writes an inline control whose text mixes directions (Arabic with
     * digits) as several copies of the control, each repeating the text, all inside the bookmark.
     */
    private static String textOf(Bookmark bookmark, ContentControl control) {
        String all = bookmark.text();
        if (control == null || control.text().isEmpty() || !all.startsWith(control.text())) {
            return all;
        }
        int lineBreak = all.indexOf('\n');
        return control.text() + (lineBreak < 0 ? "" : all.substring(lineBreak));
    }

    private static boolean isText(QuestionKind kind) {
        return kind == QuestionKind.LONG_TEXT || kind == QuestionKind.TEXT || kind == QuestionKind.PREVIOUS;
    }

    private Answer answer(FieldMapEntry entry, ContentControl control, FoundBy foundBy) {
        return new Answer(entry.field(), valueOf(entry, control), foundBy, control.pendingChanges());
    }

    /** The stored value of a control: what its kind holds, or its text read as the field map says. */
    static String valueOf(FieldMapEntry entry, ContentControl control) {
        if (control.showingPlaceholder()) {
            return "";
        }
        if (entry.kind() == QuestionKind.CODES && control.checked() != null) {
            return control.checked().toString();
        }
        if (entry.kind() == QuestionKind.CHOICE && control.selectedValue() != null) {
            return control.selectedValue();
        }
        if (entry.kind() == QuestionKind.DATE && control.date() != null) {
            return control.date();
        }
        return valueOfText(entry, control.text());
    }

    /** Reads an answer from plain text: a glyph for a check box, a displayed item for a list, else the text. */
    static String valueOfText(FieldMapEntry entry, String text) {
        String shown = text.strip();
        if (shown.equals(entry.placeholder())) {
            return "";
        }
        switch (entry.kind()) {
            case CODES:
                return shown.contains(CHECKED_GLYPH) ? "true" : shown.contains(UNCHECKED_GLYPH) ? "false" : "";
            case CHOICE:
                return entry.choices().getOrDefault(shown, shown);
            default:
                return shown;
        }
    }

    /** The reading's controls and bookmarks, looked up by what our checklists write. */
    private static final class Index {
        final Map<FieldId, ContentControl> byTag = new HashMap<>();
        final Map<String, ContentControl> byBookmark = new HashMap<>();
        final Map<String, Bookmark> bookmarks = new HashMap<>();
        final List<ContentControl> answerControls = new ArrayList<>();

        Index(DocxReading reading) {
            for (ContentControl control : reading.contentControls()) {
                FieldMarks.fieldOfTag(control.tag()).ifPresent(field -> byTag.putIfAbsent(field, control));
                control.bookmarks().stream().filter(FieldMarks::isOurBookmark)
                        .forEach(name -> byBookmark.putIfAbsent(name, control));
                if (control.parentIndex() == null && (control.tag() == null || FieldMarks.fieldOfTag(control.tag()).isPresent())) {
                    answerControls.add(control);
                }
            }
            reading.bookmarks().stream().filter(b -> FieldMarks.isOurBookmark(b.name()))
                    .forEach(b -> bookmarks.putIfAbsent(b.name(), b));
        }
    }
}
