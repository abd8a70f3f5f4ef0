package org.irm.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.irm.catalogue.Article;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.catalogue.QuestionKind;
import org.irm.config.TemplateSource;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter.Protection;
import org.irm.docx.PackageWriter;
import org.irm.docx.Paragraphs;
import org.irm.docx.WordXml;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.FieldMarks;
import org.irm.identity.IdentityParts;
import org.irm.identity.IdentitySeal;
import org.irm.register.NoteKind;

/**
 * Writes a review copy ({@link PackageWriter}): the State's answers per provision as plain text, each inside
 * the bookmark of its field (bookmarks survive LibreOffice), Track Changes on and enforced (document
 * protection "tracked changes", no password), comments allowed, and under each provision three
 * rich-text fields for the reviewer's observations, good practices and recommendations (tag,
 * bookmark and field map, like the checklist's answers). The identity is the checklist's, sealed,
 * naming the reviewer.
 */
public final class ReviewCopyWriter {

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final IdentitySeal seal;
    private final TemplateSource templates;
    private final Reviewers reviewers;
    private final List<ReviewCopySection> sections;

    public ReviewCopyWriter(Catalogue catalogue, I18nLabels labels, IdentitySeal seal, TemplateSource templates,
                            Reviewers reviewers) {
        this(catalogue, labels, seal, templates, reviewers, List.of());
    }

    /** @param sections written at the end of the copy, after the provisions, in this order */
    public ReviewCopyWriter(Catalogue catalogue, I18nLabels labels, IdentitySeal seal, TemplateSource templates,
                            Reviewers reviewers, List<ReviewCopySection> sections) {
        this.sections = List.copyOf(sections);
        this.catalogue = catalogue;
        this.labels = labels;
        this.seal = seal;
        this.templates = templates;
        this.reviewers = reviewers;
    }

    /** Writes the copy to the stream (not closed); returns its sealed identity and field map. */
    public ChecklistManifest write(ReviewCopyRequest request, OutputStream out) throws IOException {
        ChecklistIdentity identity = seal.seal(new ChecklistIdentity(request.copyId(), request.reviewId(),
                request.state().iso3(), catalogue.instrument(), catalogue.cycle(), request.language(),
                catalogue.version(), null, request.issuedAt(), null, request.reviewer(), catalogue.cluster()));
        PackageWriter pkg = PackageWriter.withStyles("the review copy", DocumentStyles.styles(templates, request.language()));
        Body body = new Body(request);
        pkg.body(body.write());
        pkg.protect(Protection.TRACKED_CHANGES);
        ChecklistManifest manifest = new ChecklistManifest(identity, body.fieldMap);
        pkg.parts(p -> IdentityParts.identity(p, manifest));
        pkg.save(out);
        return manifest;
    }

    /** The body of one copy. */
    private final class Body {
        private final ReviewCopyRequest request;
        private final Language language;
        private final WordXml xml = new WordXml();
        private final List<FieldMapEntry> fieldMap = new ArrayList<>();
        private int nextId = 1;

        Body(ReviewCopyRequest request) {
            this.request = request;
            this.language = request.language();
        }

        String write() {
            xml.document();
            Paragraphs text = new Paragraphs(xml, language);
            text.paragraph("Title", labels.text(language, "review.title"));
            text.paragraph("Subtitle", labels.text(language, "review.subtitle"));
            text.labelled("IrmCover", labels.text(language, "checklist.cover.state"),
                    reviewers.name(request.state().iso3()));
            text.labelled("IrmCover", labels.text(language, "review.cover.reviewer"), reviewers.name(request.reviewer()));
            text.labelled("IrmCover", labels.text(language, "checklist.cover.cycle"),
                    labels.text(language, "cycle." + catalogue.cycle()));
            for (int i = 1; i <= 3; i++) {
                text.paragraph("IrmInstruction", i + ". " + labels.text(language, "review.instruction." + i));
            }
            provision(text, catalogue.general(), labels.text(language, "checklist.general.heading"), "Heading2");
            for (Chapter chapter : catalogue.chapters()) {
                text.paragraph("Heading1", labels.chapterHeading(language, chapter));
                for (Article article : chapter.articles()) {
                    text.paragraph("Heading2", labels.articleHeading(language, article));
                    article.provisions().forEach(p -> provision(text, p, labels.provisionTitle(language, p), "Heading3"));
                }
            }
            sections.forEach(section -> section.write(request, text));
            text.section();
            return xml.end().end().finish();
        }

        private void provision(Paragraphs text, Provision provision, String title, String style) {
            int heading = nextId++;
            text.start(style);
            xml.empty("bookmarkStart", "id", Integer.toString(heading), "name", ReviewerFields.headingBookmark(provision.id()));
            text.run(title);
            xml.empty("bookmarkEnd", "id", Integer.toString(heading));
            xml.end();
            for (Question question : provision.questions()) {
                text.paragraph("IrmQuestion", labels.questionLabel(language, question));
                FieldId field = provision.field(question.id());
                String shown = new AnswerText(catalogue, labels, language).of(field, question, request.answers());
                markedParagraphs(text, field, shown, "IrmAnswer");
                fieldMap.add(new FieldMapEntry(field, FieldMarks.bookmark(field), QuestionKind.LONG_TEXT, fieldMap.size()));
            }
            text.paragraph("IrmQuestion", labels.text(language, "review.notes.heading"));
            for (NoteKind kind : ReviewerFields.KINDS) {
                reviewerField(text, ReviewerFields.field(provision.id(), kind), kind);
            }
        }

        /** Plain paragraphs inside the field's bookmark: the State's answer, shown for review. */
        private void markedParagraphs(Paragraphs text, FieldId field, String value, String style) {
            int id = nextId++;
            String[] paragraphs = value.split("\n", -1);
            for (int i = 0; i < paragraphs.length; i++) {
                text.start(style);
                if (i == 0) {
                    xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
                }
                if (!paragraphs[i].isEmpty()) {
                    text.run(paragraphs[i]);
                }
                if (i == paragraphs.length - 1) {
                    xml.empty("bookmarkEnd", "id", Integer.toString(id));
                }
                xml.end();
            }
        }

        /** A caption, then a rich-text control for the reviewer's text, the bookmark around it (as in the checklist). */
        private void reviewerField(Paragraphs text, FieldId field, NoteKind kind) {
            String caption = labels.text(language, ReviewerFields.labelKey(kind));
            text.paragraph("IrmHelp", caption);
            int id = nextId++;
            xml.empty("bookmarkStart", "id", Integer.toString(id), "name", FieldMarks.bookmark(field));
            xml.start("sdt").start("sdtPr");
            xml.empty("alias", "val", caption);
            xml.empty("tag", "val", FieldMarks.tag(field));
            xml.empty("id", "val", Integer.toString(nextId++));
            xml.empty("lock", "val", "sdtLocked");
            xml.end().start("sdtContent");
            text.start("IrmAnswer");
            xml.end();
            xml.end().end();
            xml.empty("bookmarkEnd", "id", Integer.toString(id));
            fieldMap.add(new FieldMapEntry(field, FieldMarks.bookmark(field), QuestionKind.LONG_TEXT, fieldMap.size()));
        }
    }
}
