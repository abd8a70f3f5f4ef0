package org.irm.dialogue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.irm.register.DialogueQuestion;

/**
 * Lays out a question list's body: the cover and instructions, then per provision its reference and
 * title, the thread so far (earlier questions and the State's answers, as plain text), and each open
 * question with who asked it and when, followed by one rich-text content control for the answer. Like
 * the checklist's, each answer control carries its field id three ways (tag, bookmark, field map row):
 * LibreOffice drops tags, keeps bookmarks and the field map.
 */
final class QuestionListBody {

    private final DialogueLabels labels;
    private final Language language;
    private final Askers askers;
    private final WordXml xml = new WordXml();
    private final Paragraphs text;
    private final List<FieldMapEntry> fieldMap = new ArrayList<>();
    private int nextId = 1;

    QuestionListBody(DialogueLabels labels, Language language, Askers askers) {
        this.labels = labels;
        this.language = language;
        this.askers = askers;
        this.text = new Paragraphs(xml, language);
    }

    /** One provision's part of the list: its heading, the thread's earlier questions, the open ones. */
    record ProvisionBlock(String heading, List<DialogueQuestion> earlier, List<DialogueQuestion> open) { }

    String write(List<Map.Entry<String, String>> cover, List<ProvisionBlock> blocks) {
        xml.document();
        text.paragraph("Title", labels.text(language, "list.title"));
        text.paragraph("Subtitle", labels.text(language, "list.subtitle"));
        cover.forEach(line -> text.labelled("IrmCover", labels.text(language, line.getKey()), line.getValue()));
        text.paragraph("Heading2", labels.text(language, "list.instructions.heading"));
        for (int i = 1; i <= 3; i++) {
            text.paragraph("IrmInstruction", i + ". " + labels.text(language, "list.instruction." + i));
        }
        if (blocks.isEmpty()) {
            text.paragraph("IrmHelp", labels.text(language, "list.none"));
        }
        blocks.forEach(this::block);
        text.section();
        return xml.end().end().finish();
    }

    List<FieldMapEntry> fieldMap() {
        return List.copyOf(fieldMap);
    }

    private void block(ProvisionBlock block) {
        text.paragraph("Heading2", block.heading());
        for (DialogueQuestion earlier : block.earlier()) {
            asked(earlier);
            earlier.answer().ifPresent(answer -> {
                text.start("IrmCover");
                text.bold(labels.text(language, "list.earlierAnswer", date(answer.receivedAt())) + ": ");
                xml.end();
                lines(answer.text());
            });
        }
        for (DialogueQuestion question : block.open()) {
            asked(question);
            text.paragraph("IrmQuestion", labels.text(language, "list.answer"));
            answerControl(DialogueFields.answer(question), labels.text(language, "list.answer"));
        }
    }

    private void asked(DialogueQuestion question) {
        text.labelled("IrmCover", labels.text(language, "list.askedBy"), askers.name(question.askedBy(), language));
        text.labelled("IrmCover", labels.text(language, "list.askedOn"), date(question.askedAt()));
        lines(question.text());
    }

    private void lines(String value) {
        for (String line : value.split("\n")) {
            text.paragraph("IrmHelp", line);
        }
    }

    private String date(java.time.Instant at) {
        return DocumentDates.format(LocalDate.ofInstant(at, ZoneOffset.UTC), language);
    }

    /** Long text: a rich-text control of paragraphs, the bookmark around the whole control (as the follow-up form's). */
    private void answerControl(FieldId field, String alias) {
        int id = nextId++;
        xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
        xml.start("sdt").start("sdtPr");
        xml.empty("alias", "val", alias);
        xml.empty("tag", "val", FieldMarks.tag(field));
        xml.empty("id", "val", Integer.toString(nextId++));
        xml.empty("lock", "val", "sdtLocked");
        // An empty control shows its placeholder: LibreOffice drops a control with no text at all, and what a
        // State then types beside its collapsed bookmark would be lost.
        String placeholder = labels.text(language, "placeholder.answer");
        xml.empty("showingPlcHdr");
        xml.end().start("sdtContent");
        text.start("IrmAnswer");
        xml.start("r").start("rPr").empty("rStyle", "val", "PlaceholderText");
        if (language.rightToLeft()) {
            xml.empty("rtl");
        }
        xml.end().text(placeholder).end();
        xml.end();
        xml.end().end();
        xml.empty("bookmarkEnd", "id", Integer.toString(id));
        fieldMap.add(new FieldMapEntry(field, FieldMarks.bookmark(field), QuestionKind.LONG_TEXT, fieldMap.size(),
                placeholder, Map.of()));
    }
}
