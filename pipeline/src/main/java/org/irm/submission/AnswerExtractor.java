package org.irm.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Needs;
import org.irm.catalogue.QuestionKind;
import org.irm.docx.Bookmark;
import org.irm.docx.BookmarkedTable;
import org.irm.docx.ContentControl;
import org.irm.docx.DocxReading;
import org.irm.docx.ListItem;
import org.irm.docx.PickerDetails;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.FieldMarks;
import org.irm.register.Answer;
import org.irm.register.Finding;
import org.irm.register.FoundBy;

/**
 * Reads every answer of a returned checklist, field by field, looking for each in the order
 * DESIGN.md sets: the control's tag, then the bookmark around the answer, then the field map's
 * position. Fields found by none of them are reported, never guessed.
 *
 * <p>An answer is what the document shows the State. A check box, list or date picker also
 * stores a value of its own (the box's state, the list's last value, the picked date), which an
 * editor leaves behind when the shown text is typed over. The stored value is taken when it
 * agrees with what is shown, or when the field shows only its placeholder; when the two disagree,
 * what is shown is taken and a {@code storedValueDiffers} finding asks the State to confirm it.
 * A date is read in the forms the checklist's language writes it ({@link WrittenDates}) and kept
 * as ISO yyyy-MM-dd; text that is no date is kept as written, for the validator to report.
 */
public final class AnswerExtractor {

    static final String STORED_VALUE_DIFFERS = "storedValueDiffers";
    private static final String CHECKED_GLYPH = "\u2612";
    private static final String UNCHECKED_GLYPH = "\u2610";

    public Extraction extract(DocxReading reading, ChecklistManifest manifest) {
        Index index = new Index(reading);
        Fields fields = new Fields(manifest.identity().state(), new WrittenDates(manifest.identity().language()));
        List<FieldId> missing = new ArrayList<>();
        // A needs table is no control: positions count the controls only.
        int controls = (int) manifest.fields().stream().filter(f -> f.kind() != QuestionKind.NEEDS).count();
        for (FieldMapEntry entry : manifest.fields()) {
            if (!fields.find(entry, index, controls)) {
                missing.add(entry.field());
            }
        }
        return new Extraction(fields.answers, missing, fields.findings);
    }

    /** The answers read so far, with the findings reading them gave. */
    private static final class Fields {
        final String state;
        final WrittenDates dates;
        final List<Answer> answers = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        Fields(String state, WrittenDates dates) {
            this.state = state;
            this.dates = dates;
        }

        boolean find(FieldMapEntry entry, Index index, int fieldCount) {
            if (entry.kind() == QuestionKind.NEEDS) {
                return needs(entry, index);
            }
            ContentControl tagged = index.byTag.get(entry.field());
            if (tagged != null) {
                return add(entry, tagged, FoundBy.TAG);
            }
            ContentControl marked = index.byBookmark.get(entry.bookmark());
            Bookmark bookmark = index.bookmarks.get(entry.bookmark());
            if (bookmark != null && (marked == null || isText(entry.kind()))) {
                answers.add(new Answer(entry.field(), valueOfText(entry, textOf(bookmark, marked), dates), FoundBy.BOOKMARK,
                        marked != null && marked.pendingChanges()));
                return true;
            }
            if (marked != null) {
                return add(entry, marked, FoundBy.BOOKMARK);
            }
            // Positions only mean something while the controls are still the ones we wrote, one per field.
            if (index.answerControls.size() == fieldCount && entry.position() < fieldCount) {
                return add(entry, index.answerControls.get(entry.position()), FoundBy.FIELD_MAP);
            }
            return false;
        }

        /**
         * A needs table, found by the bookmark in its header: every row after the header with any text is
         * a need, in the order written; the question's own field gets their number (empty when none).
         */
        private boolean needs(FieldMapEntry entry, Index index) {
            BookmarkedTable table = index.tables.get(entry.bookmark());
            if (table == null) {
                return false;
            }
            FieldId question = entry.field();
            int n = 0;
            List<Answer> needs = new ArrayList<>();
            for (List<String> row : table.rows().subList(Math.min(1, table.rows().size()), table.rows().size())) {
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                n++;
                needs.add(new Answer(Needs.description(question, n), cell(row, 0), FoundBy.BOOKMARK, false));
                needs.add(new Answer(Needs.priority(question, n), priority(entry, cell(row, 1)), FoundBy.BOOKMARK, false));
            }
            answers.add(new Answer(question, n == 0 ? "" : Integer.toString(n), FoundBy.BOOKMARK, false));
            answers.addAll(needs);
            return true;
        }

        private boolean add(FieldMapEntry entry, ContentControl control, FoundBy foundBy) {
            ControlAnswer read = read(entry, control, dates);
            answers.add(new Answer(entry.field(), read.value(), foundBy, control.pendingChanges()));
            if (read.storedDiffers()) {
                findings.add(new Finding(state, entry.field(), STORED_VALUE_DIFFERS, List.of(read.shown(), read.stored())));
            }
            return true;
        }
    }

    /**
     * A control's answer: the value taken, and when what it shows and what it stores disagree, both
     * as the State would recognise them (the text shown; the stored date in the language's words,
     * the stored item's displayed text, the stored box's glyph).
     */
    record ControlAnswer(String value, String shown, String stored) {
        static ControlAnswer of(String value) {
            return new ControlAnswer(value, null, null);
        }

        boolean storedDiffers() {
            return stored != null;
        }
    }

    /**
     * The answer a control gives, by the rule above: what it shows, or what it stores when it shows
     * nothing but its placeholder, or when it shows what cannot be compared (a box showing no glyph).
     */
    static ControlAnswer read(FieldMapEntry entry, ContentControl control, WrittenDates dates) {
        String text = control.text().strip();
        boolean placeholder = control.showingPlaceholder() || text.isEmpty() || text.equals(entry.placeholder());
        PickerDetails picker = control.picker();
        switch (entry.kind()) {
            case CODES: {
                Boolean stored = control.checked();
                Boolean shown = picker == null ? null : picker.shownChecked();
                if (shown == null) {
                    return ControlAnswer.of(stored != null ? stored.toString() : valueOfText(entry, text, dates));
                }
                return stored == null || stored.equals(shown) ? ControlAnswer.of(shown.toString())
                        : new ControlAnswer(shown.toString(), glyph(shown), glyph(stored));
            }
            case CHOICE: {
                String stored = picker == null ? null : picker.listValue();
                if (placeholder) {
                    return ControlAnswer.of(stored != null ? stored : "");
                }
                String shown = control.selectedValue() != null ? control.selectedValue() : valueOfText(entry, text, dates);
                return stored == null || stored.equals(shown) ? ControlAnswer.of(shown)
                        : new ControlAnswer(shown, text, displayOf(entry, control, stored));
            }
            case DATE: {
                String stored = control.date();
                if (placeholder || (picker != null && !gregorian(picker.calendar()) && stored != null)) {
                    // A date shown in another calendar is not read here: the picker's own date stands.
                    return ControlAnswer.of(stored != null ? stored : "");
                }
                Optional<LocalDate> shown = dates.read(text, picker == null ? null : picker.dateFormat(),
                        picker == null ? null : picker.dateLanguage());
                if (shown.isEmpty()) {
                    return ControlAnswer.of(text);
                }
                String iso = shown.get().toString();
                return stored == null || stored.equals(iso) || !WrittenDates.isIsoDate(stored) ? ControlAnswer.of(iso)
                        : new ControlAnswer(iso, text, dates.write(LocalDate.parse(stored)));
            }
            default:
                return ControlAnswer.of(placeholder ? "" : valueOfText(entry, text, dates));
        }
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }

    /**
     * A need's priority as its code: the word the checklist's language shows for it, or the code itself,
     * in any case and without a final full stop; anything else is kept as written, for the validator to
     * report.
     */
    static String priority(FieldMapEntry entry, String written) {
        String word = written.strip();
        while (word.endsWith(".") || word.endsWith("\u3002")) {
            word = word.substring(0, word.length() - 1).strip();
        }
        for (Map.Entry<String, String> choice : entry.choices().entrySet()) {
            if (choice.getKey().equalsIgnoreCase(word) || choice.getValue().equalsIgnoreCase(word)) {
                return choice.getValue();
            }
        }
        return written.strip();
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

    /** The value taken from a control, by {@link #read}. */
    static String valueOf(FieldMapEntry entry, ContentControl control, WrittenDates dates) {
        return read(entry, control, dates).value();
    }

    /**
     * Reads an answer from plain text: a glyph for a check box, a displayed item for a list, a date in
     * the language's forms as ISO (else the text as written), else the text.
     */
    static String valueOfText(FieldMapEntry entry, String text, WrittenDates dates) {
        String shown = text.strip();
        if (shown.equals(entry.placeholder())) {
            return "";
        }
        switch (entry.kind()) {
            case CODES:
                return shown.contains(CHECKED_GLYPH) ? "true" : shown.contains(UNCHECKED_GLYPH) ? "false" : "";
            case CHOICE:
                return entry.choices().getOrDefault(shown, shown);
            case DATE:
                return dates.read(shown, null, null).map(LocalDate::toString).orElse(shown);
            default:
                return shown;
        }
    }

    private static String glyph(boolean checked) {
        return checked ? CHECKED_GLYPH : UNCHECKED_GLYPH;
    }

    /** A list value's displayed text, from the control's items or else the field map's. */
    private static String displayOf(FieldMapEntry entry, ContentControl control, String value) {
        for (ListItem item : control.listItems()) {
            if (value.equals(item.value()) && item.displayText() != null) {
                return item.displayText();
            }
        }
        return entry.choices().entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey)
                .findFirst().orElse(value);
    }

    /** Word's Gregorian calendars all start with "gregorian" (gregorianUs, gregorianArabic, ...); none given is Gregorian. */
    private static boolean gregorian(String calendar) {
        return calendar == null || calendar.isBlank() || calendar.startsWith("gregorian");
    }

    /** The reading's controls and bookmarks, looked up by what our checklists write. */
    private static final class Index {
        final Map<FieldId, ContentControl> byTag = new HashMap<>();
        final Map<String, ContentControl> byBookmark = new HashMap<>();
        final Map<String, Bookmark> bookmarks = new HashMap<>();
        final List<ContentControl> answerControls = new ArrayList<>();
        final Map<String, BookmarkedTable> tables = new HashMap<>();

        Index(DocxReading reading) {
            reading.tables().forEach(table -> table.bookmarks().forEach(name -> tables.putIfAbsent(name, table)));
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
