package org.irm.contributors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CodeList;
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
 * Lays out a contributor's form: the cover (State, review, contributor, organisation, kind) and its
 * instructions, then one block per provision the State chose: its title, the State's answers as
 * plain text where the State allows (shown for information, never read back: the reader takes only
 * the input fields), whether reviewers will see the input, and one rich-text control for the input.
 * Like the checklist's answers, the control carries its field id three ways (tag, bookmark around it,
 * field map row), since LibreOffice drops tags; an empty control shows its placeholder, since
 * LibreOffice drops a control with no text at all.
 */
final class FormBody {

    private final Catalogue catalogue;
    private final I18nLabels catalogueLabels;
    private final ContributorLabels labels;
    private final Language language;
    private final WordXml xml = new WordXml();
    private final Paragraphs text;
    private final List<FieldMapEntry> fieldMap = new ArrayList<>();
    private int nextId = 1;

    FormBody(Catalogue catalogue, I18nLabels catalogueLabels, ContributorLabels labels, Language language) {
        this.catalogue = catalogue;
        this.catalogueLabels = catalogueLabels;
        this.labels = labels;
        this.language = language;
        this.text = new Paragraphs(xml, language);
    }

    /**
     * One provision as the form shows it.
     *
     * @param stateAnswers the State's answers by field when the State shows them on this provision, else null
     */
    record Block(Provision provision, Map<FieldId, String> stateAnswers, boolean sharedWithReviewers) { }

    String write(List<Map.Entry<String, String>> cover, List<Block> blocks) {
        xml.document();
        text.paragraph("Title", labels.text(language, "form.title"));
        text.paragraph("Subtitle", labels.text(language, "form.subtitle"));
        cover.forEach(line -> text.labelled("IrmCover", labels.text(language, line.getKey()), line.getValue()));
        text.paragraph("Heading2", labels.text(language, "form.cover.instructionsHeading"));
        for (int i = 1; i <= 5; i++) {
            text.paragraph("IrmInstruction", i + ". " + labels.text(language, "form.instruction." + i));
        }
        blocks.forEach(this::block);
        text.section();
        return xml.end().end().finish();
    }

    List<FieldMapEntry> fieldMap() {
        return List.copyOf(fieldMap);
    }

    private void block(Block block) {
        Provision provision = block.provision();
        text.paragraph("Heading2", catalogueLabels.provisionTitle(language, provision));
        if (block.stateAnswers() != null) {
            text.paragraph("IrmQuestion", labels.text(language, "provision.stateAnswers"));
            boolean any = false;
            for (Question question : provision.questions()) {
                String shown = answer(provision.field(question.id()), question, block.stateAnswers());
                if (shown.isBlank()) {
                    continue;
                }
                any = true;
                text.paragraph("IrmHelp", catalogueLabels.questionLabel(language, question));
                for (String line : shown.split("\n")) {
                    text.paragraph("IrmAnswer", line);
                }
            }
            if (!any) {
                text.paragraph("IrmHelp", labels.text(language, "provision.noAnswers"));
            }
        }
        text.paragraph("IrmHelp", labels.text(language, block.sharedWithReviewers() ? "provision.shared" : "provision.notShared"));
        text.paragraph("IrmQuestion", labels.text(language, "provision.input"));
        inputControl(ContributorFields.input(provision.id()));
    }

    /** The State's answer to one question as a reader sees it: list labels for codes, ticked boxes' labels, needs one per line. */
    private String answer(FieldId field, Question question, Map<FieldId, String> answers) {
        if (question.kind() == QuestionKind.NEEDS) {
            return Needs.of(field, answers).stream().filter(n -> !n.description().isEmpty())
                    .map(n -> n.number() + ". " + n.description()).collect(Collectors.joining("\n"));
        }
        if (question.kind() == QuestionKind.CODES) {
            return catalogue.codeList(question.codeList()).map(CodeList::codes).orElse(List.of()).stream()
                    .filter(code -> "true".equals(answers.get(field.withOption(code))))
                    .map(code -> catalogueLabels.find(language, "code." + question.codeList() + "." + code).orElse(code))
                    .collect(Collectors.joining("; "));
        }
        String value = answers.getOrDefault(field, "");
        if (question.kind() == QuestionKind.CHOICE && !value.isEmpty()) {
            return catalogueLabels.find(language, "code." + question.codeList() + "." + value).orElse(value);
        }
        return value;
    }

    /** The input: a rich-text control of paragraphs showing its placeholder, the bookmark around the whole control. */
    private void inputControl(FieldId field) {
        int id = nextId++;
        String placeholder = labels.text(language, "placeholder.text");
        xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
        xml.start("sdt").start("sdtPr");
        xml.empty("alias", "val", labels.text(language, "provision.input"));
        xml.empty("tag", "val", FieldMarks.tag(field));
        xml.empty("id", "val", Integer.toString(nextId++));
        xml.empty("lock", "val", "sdtLocked");
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
