package org.irm.checklist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Article;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.CodeList;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Needs;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.catalogue.QuestionKind;
import org.irm.docx.Paragraphs;
import org.irm.docx.WordXml;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.FieldMarks;

/**
 * Lays out the checklist's body as WordprocessingML: the cover, the general questions, then per
 * chapter, article and provision each question's text followed by its answer control. Every answer
 * control carries its field id three ways (tag, bookmark, field map row) and sits in a range that
 * everyone may edit while the rest of the document is read-only.
 */
final class ChecklistBody {

    private static final String CHECKBOX_FONT = "MS Gothic";

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final ChecklistRequest request;
    private final Language language;
    private final WordXml xml = new WordXml();
    private final Paragraphs text;
    private final List<FieldMapEntry> fieldMap = new ArrayList<>();
    private int nextId = 1;
    private int controls;

    ChecklistBody(Catalogue catalogue, I18nLabels labels, ChecklistRequest request) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.request = request;
        this.language = request.language();
        this.text = new Paragraphs(xml, language);
    }

    /** The document part's XML; {@code footerRelationship} is the footer's relationship id for the section. */
    String write(String footerRelationship) {
        xml.document();
        cover();
        provision(catalogue.general(), labels.text(language, "checklist.general.heading"), "Heading2");
        for (Chapter chapter : catalogue.chapters()) {
            List<Article> articles = chapter.articles().stream()
                    .filter(a -> a.provisions().stream().anyMatch(request::includes)).toList();
            if (articles.isEmpty()) {
                continue;
            }
            text.paragraph("Heading1", labels.chapterHeading(language, chapter));
            for (Article article : articles) {
                text.paragraph("Heading2", labels.articleHeading(language, article));
                article.provisions().stream().filter(request::includes)
                        .forEach(p -> provision(p, labels.provisionTitle(language, p), "Heading3"));
            }
        }
        text.section(footerRelationship);
        return xml.end().end().finish();
    }

    List<FieldMapEntry> fieldMap() {
        return List.copyOf(fieldMap);
    }

    private void cover() {
        text.paragraph("Title", instrumentText("checklist.title"));
        text.paragraph("Subtitle", instrumentText("checklist.subtitle"));
        coverLine("checklist.cover.state", request.stateName() + " (" + request.state() + ")");
        text.labelled("IrmCover", instrumentText("checklist.cover.cycle"), request.cycleLabel());
        coverLine("checklist.cover.deadline", DocumentDates.format(request.deadline(), language));
        coverLine("checklist.cover.language", labels.text(language, "language." + language.code()));
        if (request.agency() != null) {
            coverLine("checklist.cover.agency", request.agency());
            coverLine("checklist.cover.provisions", String.join(", ",
                    request.articles().stream().sorted().map(String::valueOf).toList()));
        }
        text.paragraph("Heading2", labels.text(language, "checklist.cover.instructionsHeading"));
        for (int i = 1; i <= 6; i++) {
            text.paragraph("IrmInstruction", i + ". " + labels.text(language, "checklist.cover.instruction." + i));
        }
    }

    /** The instrument's own wording where it has one (a UNTOC questionnaire, a Protocol's), else the checklist's. */
    private String instrumentText(String key) {
        return labels.instrumentText(language, catalogue.instrument(), catalogue.mechanism(), key);
    }

    private void coverLine(String key, String value) {
        text.labelled("IrmCover", labels.text(language, key), value);
    }

    private void provision(Provision provision, String title, String headingStyle) {
        text.paragraph(headingStyle, title);
        for (Question question : provision.questions()) {
            text.paragraph("IrmQuestion", labels.questionLabel(language, question));
            String helpKey = question.kind() == QuestionKind.NEEDS ? "checklist.needs.help" : "question." + question.id() + ".help";
            labels.find(language, helpKey).filter(h -> !h.isBlank())
                    .ifPresent(help -> text.paragraph("IrmHelp", help));
            answer(provision, question);
        }
    }

    private void answer(Provision provision, Question question) {
        FieldId field = provision.field(question.id());
        switch (question.kind()) {
            case LONG_TEXT -> blockControl(field, question, request.previousAnswers().getOrDefault(field, ""), false);
            case PREVIOUS -> blockControl(field, question, request.previousObservations().getOrDefault(provision.id(), ""), true);
            case TEXT -> inlineControl(field, question, request.previousAnswers().getOrDefault(field, ""));
            case CHOICE -> inlineControl(field, question, request.previousAnswers().getOrDefault(field, ""));
            case DATE -> inlineControl(field, question, request.previousAnswers().getOrDefault(field, ""));
            case CODES -> checkBoxes(field, question);
            case NEEDS -> needsTable(field, question);
        }
    }

    /** Blank rows under the needs already stated, so most States need not add any. */
    static final int BLANK_NEED_ROWS = 3;

    /**
     * Needs in the State's own words: a plain table, a need per row (its description, its optional
     * priority), the field's bookmark in the first header cell. Not a repeating-section control, which
     * LibreOffice does not have, nor rows of controls, whose bookmarks a copied row would repeat (see
     * the follow-up form's action plan): the State adds rows as to any table, in Word and in LibreOffice.
     * The whole table is one editable range, so rows can be added in the protected document. Needs
     * returned before are shown again, then blank rows.
     */
    private void needsTable(FieldId field, Question question) {
        Map<String, String> priorities = choices(question);
        int[] widths = {6800, 2200};
        int id = nextId++;
        xml.table(widths, language.rightToLeft(), false);
        xml.row(true);
        needCell(widths[0]);
        text.start("IrmAnswer");
        xml.empty("permStart", "id", Integer.toString(PERMISSION_IDS + id), "edGrp", "everyone");
        xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
        text.bold(labels.text(language, "checklist.needs.need"));
        xml.empty("bookmarkEnd", "id", Integer.toString(id));
        xml.end().end();
        needCell(widths[1]);
        text.start("IrmAnswer");
        text.bold(labels.text(language, "checklist.needs.priority"));
        xml.end().end();
        xml.end();
        List<String[]> rows = new ArrayList<>();
        for (Needs.Need need : Needs.of(field, request.previousAnswers())) {
            String shown = displayOf(priorities, need.priority());
            rows.add(new String[] {need.description(), shown.isEmpty() ? need.priority() : shown});
        }
        for (int i = 0; i < BLANK_NEED_ROWS; i++) {
            rows.add(new String[] {"", ""});
        }
        for (int r = 0; r < rows.size(); r++) {
            xml.row(false);
            for (int c = 0; c < widths.length; c++) {
                needCell(widths[c]);
                String[] lines = rows.get(r)[c].split("\n", -1);
                for (int l = 0; l < lines.length; l++) {
                    text.start("IrmAnswer");
                    if (!lines[l].isEmpty()) {
                        text.run(lines[l]);
                    }
                    if (r == rows.size() - 1 && c == widths.length - 1 && l == lines.length - 1) {
                        xml.empty("permEnd", "id", Integer.toString(PERMISSION_IDS + id));
                    }
                    xml.end();
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
        mapField(field, QuestionKind.NEEDS, "", priorities);
    }

    private void needCell(int width) {
        xml.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(width), "type", "dxa").end();
    }

    /**
     * Long text: a rich-text control holding paragraphs. The bookmark wraps the whole control at
     * body level: LibreOffice turns a one-paragraph block control into an inline one and collapses
     * a bookmark that lay inside it, but keeps one around it.
     */
    private void blockControl(FieldId field, Question question, String value, boolean locked) {
        int id = nextId++;
        xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
        xml.start("sdt").start("sdtPr");
        controlProperties(field, question, locked ? "sdtContentLocked" : "sdtLocked", false);
        xml.end().start("sdtContent");
        List<String> paragraphs = value.isEmpty() ? List.of("") : List.of(value.split("\n", -1));
        for (int i = 0; i < paragraphs.size(); i++) {
            text.start("IrmAnswer");
            if (i == 0 && !locked) {
                xml.empty("permStart", "id", Integer.toString(PERMISSION_IDS + id), "edGrp", "everyone");
            }
            if (!paragraphs.get(i).isEmpty()) {
                text.run(paragraphs.get(i));
            }
            if (i == paragraphs.size() - 1 && !locked) {
                xml.empty("permEnd", "id", Integer.toString(PERMISSION_IDS + id));
            }
            xml.end();
        }
        xml.end().end();
        xml.empty("bookmarkEnd", "id", Integer.toString(id));
        mapField(field, question.kind(), "", Map.of());
    }

    /** Short text, list or date: an inline control in its own paragraph, the bookmark around it. */
    private void inlineControl(FieldId field, Question question, String value) {
        int id = nextId++;
        Map<String, String> choices = choices(question);
        String placeholder = question.kind() == QuestionKind.CHOICE ? labels.text(language, "checklist.placeholder.choice")
                : question.kind() == QuestionKind.DATE ? labels.text(language, "checklist.placeholder.date") : "";
        String shown = question.kind() == QuestionKind.CHOICE ? displayOf(choices, value) : value;
        boolean blank = shown.isEmpty();
        text.start("IrmAnswer");
        openField(field, id, true);
        xml.start("sdt").start("sdtPr");
        controlProperties(field, question, "sdtLocked", blank && !placeholder.isEmpty());
        typeElement(question, choices, value);
        xml.end().start("sdtContent");
        if (blank && !placeholder.isEmpty()) {
            placeholderRun(placeholder);
        } else if (!blank) {
            text.run(shown);
        }
        xml.end().end();
        closeField(id, true);
        xml.end();
        mapField(field, question.kind(), placeholder, choices);
    }

    private void checkBoxes(FieldId question, Question definition) {
        CodeList list = catalogue.codeList(definition.codeList()).orElseThrow();
        for (String code : list.codes()) {
            FieldId field = question.withOption(code);
            boolean checked = "true".equals(request.previousAnswers().get(field));
            int id = nextId++;
            text.start("IrmAnswer");
            openField(field, id, true);
            xml.start("sdt").start("sdtPr");
            xml.empty("alias", "val", labels.text(language, "code." + list.id() + "." + code));
            xml.empty("tag", "val", FieldMarks.tag(field));
            xml.empty("id", "val", Integer.toString(nextId++));
            xml.empty("lock", "val", "sdtLocked");
            xml.start14("checkbox").empty14("checked", "val", checked ? "1" : "0")
                    .empty14("checkedState", "val", "2612", "font", CHECKBOX_FONT)
                    .empty14("uncheckedState", "val", "2610", "font", CHECKBOX_FONT).end();
            xml.end().start("sdtContent").start("r").start("rPr")
                    .empty("rFonts", "ascii", CHECKBOX_FONT, "eastAsia", CHECKBOX_FONT, "hAnsi", CHECKBOX_FONT, "hint", "eastAsia")
                    .end().text(checked ? WordXml.CHECKED : WordXml.UNCHECKED).end().end().end();
            closeField(id, true);
            text.run(" " + labels.text(language, "code." + list.id() + "." + code));
            xml.end();
            mapField(field, QuestionKind.CODES, "", Map.of());
        }
    }

    private void controlProperties(FieldId field, Question question, String lock, boolean showingPlaceholder) {
        xml.empty("alias", "val", labels.text(language, "question." + question.id() + ".label"));
        xml.empty("tag", "val", FieldMarks.tag(field));
        xml.empty("id", "val", Integer.toString(nextId++));
        xml.empty("lock", "val", lock);
        if (showingPlaceholder) {
            xml.empty("showingPlcHdr");
        }
    }

    private void typeElement(Question question, Map<String, String> choices, String value) {
        switch (question.kind()) {
            case TEXT -> xml.empty("text");
            case CHOICE -> {
                xml.start("dropDownList");
                choices.forEach((display, code) -> xml.empty("listItem", "displayText", display, "value", code));
                xml.end();
            }
            case DATE -> {
                xml.start("date");
                isoDate(value).ifPresent(date -> xml.attribute("fullDate", date + "T00:00:00Z"));
                xml.empty("dateFormat", "val", "yyyy-MM-dd").empty("lid", "val", language.locale().toLanguageTag())
                        .empty("storeMappedDataAs", "val", "dateTime").empty("calendar", "val", "gregorian").end();
            }
            default -> { }
        }
    }

    /** A previous answer that is no date (a State wrote "soon") is shown as written, with no date stored. */
    private static Optional<LocalDate> isoDate(String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Displayed text to code, in list order, from the catalogue's code list and the labels. */
    private Map<String, String> choices(Question question) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (question.kind() == QuestionKind.CHOICE || question.kind() == QuestionKind.NEEDS) {
            CodeList list = catalogue.codeList(question.codeList()).orElseThrow();
            list.codes().forEach(code -> choices.put(labels.text(language, "code." + list.id() + "." + code), code));
        }
        return choices;
    }

    private static String displayOf(Map<String, String> choices, String code) {
        return choices.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    // LibreOffice keeps editable ranges as bookmarks of its own: their ids must never equal a bookmark's.
    private static final int PERMISSION_IDS = 1_000_000;

    private void openField(FieldId field, int id, boolean editable) {
        if (editable) {
            xml.empty("permStart", "id", Integer.toString(PERMISSION_IDS + id), "edGrp", "everyone");
        }
        xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
    }

    private void closeField(int id, boolean editable) {
        xml.empty("bookmarkEnd", "id", Integer.toString(id));
        if (editable) {
            xml.empty("permEnd", "id", Integer.toString(PERMISSION_IDS + id));
        }
    }

    private void mapField(FieldId field, QuestionKind kind, String placeholder, Map<String, String> choices) {
        // Positions number the answer controls in document order; a needs table is none (it is found by its bookmark).
        fieldMap.add(new FieldMapEntry(field, FieldMarks.bookmark(field), kind, controls, placeholder, choices));
        if (kind != QuestionKind.NEEDS) {
            controls++;
        }
    }

    private void placeholderRun(String text) {
        xml.start("r").start("rPr").empty("rStyle", "val", "PlaceholderText");
        if (language.rightToLeft()) {
            xml.empty("rtl");
        }
        xml.end().text(text).end();
    }
}
