package org.irm.followup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.QuestionKind;
import org.irm.docx.Paragraphs;
import org.irm.docx.WordXml;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.FieldMarks;
import org.irm.register.FollowUpItem;
import org.irm.register.FollowUpStatus;
import org.irm.register.FollowUpStep;

/**
 * Lays out a follow-up form's body: the cover with its instructions, then one block per open item
 * with its text, agencies and last reported status, and its fields: the status drop-down, measures
 * taken, evidence, the action plan and technical assistance still needed. Like the checklist's, each
 * answer control carries its field id three ways (tag, bookmark, field map row).
 *
 * <p>The action plan is a plain table, not a control: LibreOffice has no repeating-section control,
 * and a row copied with controls in it would repeat their bookmarks, which an editor renames or drops.
 * A plain table survives both editors, and the State adds rows as it adds rows to any table (Word:
 * Tab in the last cell, or Insert Below; LibreOffice: Table > Insert > Rows Below). The table is
 * found again by a bookmark in its first header cell, which Word and LibreOffice keep, and every row
 * after the header with any text is read as a step. The form is not protected for the same reason: a
 * read-only document with editable ranges would not let a State add rows.
 */
final class FormBody {

    /** Blank rows added under the steps already reported, so most States need not add any. */
    static final int BLANK_ROWS = 3;

    private final FollowUpLabels labels;
    private final Language language;
    private final WordXml xml = new WordXml();
    private final Paragraphs text;
    private final List<FieldMapEntry> fieldMap = new ArrayList<>();
    private final Map<String, String> statusChoices = new LinkedHashMap<>();
    private int nextId = 1;

    FormBody(FollowUpLabels labels, Language language) {
        this.labels = labels;
        this.language = language;
        this.text = new Paragraphs(xml, language);
        for (FollowUpStatusCode status : FollowUpStatusCode.values()) {
            statusChoices.put(labels.text(language, status.labelKey()), status.code());
        }
    }

    /** An item as the form shows it: the item and its latest status entry (or null). */
    record FormItem(FollowUpItem item, FollowUpStatus last) { }

    /** Cover lines (label key, value) shown under the title. */
    record Cover(List<Map.Entry<String, String>> lines) { }

    String write(Cover cover, List<FormItem> items) {
        xml.document();
        text.paragraph("Title", labels.text(language, "form.title"));
        text.paragraph("Subtitle", labels.text(language, "form.subtitle"));
        cover.lines().forEach(line -> text.labelled("IrmCover", labels.text(language, line.getKey()), line.getValue()));
        text.paragraph("Heading2", labels.text(language, "form.cover.instructionsHeading"));
        for (int i = 1; i <= 5; i++) {
            text.paragraph("IrmInstruction", i + ". " + labels.text(language, "form.instruction." + i));
        }
        if (items.isEmpty()) {
            text.paragraph("IrmHelp", labels.text(language, "form.none"));
        }
        items.forEach(this::item);
        text.section();
        return xml.end().end().finish();
    }

    List<FieldMapEntry> fieldMap() {
        return List.copyOf(fieldMap);
    }

    private void item(FormItem formItem) {
        FollowUpItem item = formItem.item();
        FollowUpStatus last = formItem.last();
        String shortId = item.id().substring(item.id().indexOf('/') + 1);
        text.paragraph("Heading2", labels.text(language, "item.kind." + item.kind()) + " " + shortId + " (" + item.provisionId() + ")");
        for (String line : item.text(language).split("\n")) {
            text.paragraph("IrmHelp", line);
        }
        if (!item.agencies().isEmpty()) {
            text.labelled("IrmCover", labels.text(language, "item.agencies"), String.join("; ", item.agencies()));
        }
        // A return that left the status blank reported nothing on it: "not yet reported", as the tracker counts it.
        text.labelled("IrmCover", labels.text(language, "item.lastStatus"), last == null || last.status().isBlank()
                ? labels.text(language, "item.lastStatus.none")
                : labels.text(language, "item.lastStatus.on", labels.status(language, last.status()),
                        DocumentDates.format(LocalDate.ofInstant(last.reportedAt(), ZoneOffset.UTC), language)));
        String sequenceKind = item.kind();
        text.paragraph("IrmQuestion", labels.text(language, "field.status"));
        statusControl(ItemIds.field(item.provisionId(), sequenceKind, item.sequence(), ItemIds.STATUS),
                last == null ? "" : last.status());
        text.paragraph("IrmQuestion", labels.text(language, "field.measures"));
        blockControl(ItemIds.field(item.provisionId(), sequenceKind, item.sequence(), ItemIds.MEASURES),
                labels.text(language, "field.measures"), last == null ? "" : last.measures());
        text.paragraph("IrmQuestion", labels.text(language, "field.evidence"));
        blockControl(ItemIds.field(item.provisionId(), sequenceKind, item.sequence(), ItemIds.EVIDENCE),
                labels.text(language, "field.evidence"), last == null ? "" : last.evidence());
        text.paragraph("IrmQuestion", labels.text(language, "field.plan"));
        planTable(ItemIds.field(item.provisionId(), sequenceKind, item.sequence(), ItemIds.PLAN),
                last == null ? List.of() : last.steps());
        text.paragraph("IrmQuestion", labels.text(language, "field.ta"));
        blockControl(ItemIds.field(item.provisionId(), sequenceKind, item.sequence(), ItemIds.TA),
                labels.text(language, "field.ta"), last == null ? "" : last.taNeeded());
    }

    /** The status: a drop-down list of the five statuses, showing the last one reported. */
    private void statusControl(FieldId field, String value) {
        int id = nextId++;
        String placeholder = labels.text(language, "placeholder.choice");
        String shown = statusChoices.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey)
                .findFirst().orElse("");
        boolean blank = shown.isEmpty();
        text.start("IrmAnswer");
        xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
        xml.start("sdt").start("sdtPr");
        xml.empty("alias", "val", labels.text(language, "field.status"));
        xml.empty("tag", "val", FieldMarks.tag(field));
        xml.empty("id", "val", Integer.toString(nextId++));
        xml.empty("lock", "val", "sdtLocked");
        if (blank) {
            xml.empty("showingPlcHdr");
        }
        xml.start("dropDownList");
        statusChoices.forEach((display, code) -> xml.empty("listItem", "displayText", display, "value", code));
        xml.end();
        xml.end().start("sdtContent");
        if (blank) {
            placeholderRun(placeholder);
        } else {
            text.run(shown);
        }
        xml.end().end();
        xml.empty("bookmarkEnd", "id", Integer.toString(id));
        xml.end();
        fieldMap.add(new FieldMapEntry(field, FieldMarks.bookmark(field), QuestionKind.CHOICE, fieldMap.size(), placeholder,
                statusChoices));
    }

    /** Long text: a rich-text control of paragraphs, the bookmark around the whole control (see the checklist's). */
    private void blockControl(FieldId field, String alias, String value) {
        int id = nextId++;
        xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
        xml.start("sdt").start("sdtPr");
        xml.empty("alias", "val", alias);
        xml.empty("tag", "val", FieldMarks.tag(field));
        xml.empty("id", "val", Integer.toString(nextId++));
        xml.empty("lock", "val", "sdtLocked");
        // An empty control shows its placeholder: LibreOffice drops a control with no text at all, and
        // what a State then types beside its collapsed bookmark would be lost.
        String placeholder = labels.text(language, "placeholder.text");
        if (value.isEmpty()) {
            xml.empty("showingPlcHdr");
        }
        xml.end().start("sdtContent");
        if (value.isEmpty()) {
            text.start("IrmAnswer");
            placeholderRun(placeholder);
            xml.end();
        }
        for (String paragraph : value.isEmpty() ? List.<String>of() : List.of(value.split("\n", -1))) {
            text.start("IrmAnswer");
            if (!paragraph.isEmpty()) {
                text.run(paragraph);
            }
            xml.end();
        }
        xml.end().end();
        xml.empty("bookmarkEnd", "id", Integer.toString(id));
        fieldMap.add(new FieldMapEntry(field, FieldMarks.bookmark(field), QuestionKind.LONG_TEXT, fieldMap.size(),
                placeholder, Map.of()));
    }

    private void placeholderRun(String placeholder) {
        xml.start("r").start("rPr").empty("rStyle", "val", "PlaceholderText");
        if (language.rightToLeft()) {
            xml.empty("rtl");
        }
        xml.end().text(placeholder).end();
    }

    /** The action plan: a header row (with the table's bookmark), the steps reported last, then blank rows. */
    private void planTable(FieldId field, List<FollowUpStep> steps) {
        // The target date's column fits a whole yyyy-mm-dd in either direction (at 1500 twips LibreOffice broke it at a hyphen).
        int[] widths = {3400, 2000, 1900, 1700};
        xml.table(widths, language.rightToLeft(), false);
        xml.row(true);
        String[] headers = {"plan.step", "plan.agency", "plan.target", "plan.status"};
        for (int i = 0; i < headers.length; i++) {
            cellStart(widths[i]);
            text.start("IrmAnswer");
            if (i == 0) {
                int id = nextId++;
                xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
                text.bold(labels.text(language, headers[i]));
                xml.empty("bookmarkEnd", "id", Integer.toString(id));
            } else {
                text.bold(labels.text(language, headers[i]));
            }
            xml.end().end();
        }
        xml.end();
        for (FollowUpStep step : steps) {
            row(widths, step.step(), step.agency(), step.targetDate() != null ? DocumentDates.format(step.targetDate(), language) : step.targetText(),
                    labels.status(language, step.status()));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            row(widths, "", "", "", "");
        }
        xml.end();
    }

    private void row(int[] widths, String... cells) {
        xml.row(false);
        for (int i = 0; i < cells.length; i++) {
            cellStart(widths[i]);
            String[] lines = cells[i].split("\n", -1);
            for (String line : lines) {
                text.start("IrmAnswer");
                if (!line.isEmpty()) {
                    text.run(line);
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    private void cellStart(int width) {
        xml.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(width), "type", "dxa").end();
    }
}
