package org.irm.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.irm.catalogue.Article;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.dialogue.DialogueSection;
import org.irm.docx.CommentParts;
import org.irm.docx.CommentParts.NewComment;
import org.irm.docx.Paragraphs;
import org.irm.docx.TrackedRuns;
import org.irm.docx.TrackedRuns.Change;
import org.irm.docx.TrackedRuns.Move;
import org.irm.docx.WordXml;
import org.irm.identity.FieldMarks;
import org.irm.register.NoteKind;
import org.irm.review.FieldEdits.Group;
import org.irm.review.FieldEdits.Op;
import org.irm.review.FieldEdits.Step;
import org.irm.review.MergePlan.Answer;
import org.irm.review.MergePlan.Note;
import org.irm.review.MergePlan.Place;

/**
 * Writes the body of the merged review as a {@link MergePlan} decided it: the answers once, each
 * inside its field's bookmark, with the accepted changes as tracked changes ({@link TrackedRuns})
 * and every comment on its place ({@link CommentParts}); the reviewers' notes in a table under each
 * provision. One writer per document: it numbers every annotation (comments, bookmarks, changes)
 * from one counter, as Word wants them distinct.
 */
final class MergedReviewWriter {

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final Language language;
    private final MergePlan plan;
    private final WordXml xml = new WordXml();
    private final Paragraphs text;
    private final TrackedRuns tracked;
    /** Comments still to be marked in the body, by place; a place leaves once written. */
    private final Map<Place, List<Note>> waiting;
    /** Each comment's id, given when the comment is reached: the plan's early comments first, an answer's when it is written. */
    private final Map<Note, Integer> ids = new HashMap<>();
    private final List<NewComment> comments = new ArrayList<>();
    /** The answers written inside their field's bookmark, in document order. */
    private final List<FieldId> marked = new ArrayList<>();
    private final Map<String, Integer> moveNames = new HashMap<>();
    private final Map<Object, Integer> moveNumbers = new IdentityHashMap<>();
    private int nextId = 1;
    private int changes;
    /** The written dialogue's thread of each provision (issue 18), written under its notes. */
    private DialogueSection dialogue = DialogueSection.none();

    MergedReviewWriter(Catalogue catalogue, I18nLabels labels, Language language, MergePlan plan) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.language = language;
        this.plan = plan;
        this.text = new Paragraphs(xml, language);
        this.tracked = new TrackedRuns(xml, text);
        this.waiting = new LinkedHashMap<>(plan.notesByPlace());
        plan.early().forEach(this::number);
    }

    /** The dialogue's threads to write under each provision's notes. */
    MergedReviewWriter withDialogue(DialogueSection threads) {
        this.dialogue = threads;
        return this;
    }

    /** {@code w:document} of the merged review; {@code footerRelationship} is its page-number footer's relationship id. */
    String document(String stateName, String footerRelationship) {
        xml.document();
        text.paragraph("Title", labels.text(language, "merge.title"));
        text.paragraph("Subtitle", labels.text(language, "merge.subtitle"));
        text.labelled("IrmCover", labels.text(language, "checklist.cover.state"), stateName + " (" + plan.state() + ")");
        text.start("IrmCover");
        text.bold(labels.text(language, "merge.cover.reviewers") + ": ");
        text.run(String.join(", ", plan.reviewerNames()));
        pointComments(Place.COVER);
        xml.end();
        provision(catalogue.general(), labels.text(language, "checklist.general.heading"), "Heading2");
        for (Chapter chapter : catalogue.chapters()) {
            text.paragraph("Heading1", labels.chapterHeading(language, chapter));
            for (Article article : chapter.articles()) {
                text.paragraph("Heading2", labels.articleHeading(language, article));
                article.provisions().forEach(p -> provision(p, labels.provisionTitle(language, p), "Heading3"));
            }
        }
        if (!waiting.isEmpty()) {
            // Anything whose place was not written (a field the catalogue no longer has) still appears, at the end.
            text.start("IrmAnswer");
            List<Place> left = new ArrayList<>(waiting.keySet());
            left.forEach(this::pointComments);
            xml.end();
        }
        text.section(footerRelationship);
        return xml.end().end().finish();
    }

    /** Every comment written, in id order. */
    List<NewComment> comments() {
        return comments;
    }

    /** The answers written inside their field's bookmark, in document order. */
    List<FieldId> marked() {
        return marked;
    }

    /** Tracked changes written (each w:ins, w:del, w:moveFrom, w:moveTo, w:rPrChange, paragraph mark). */
    int changes() {
        return changes;
    }

    private void provision(Provision provision, String title, String style) {
        text.start(style);
        text.run(title);
        pointComments(Place.heading(provision.id()));
        xml.end();
        for (Question question : provision.questions()) {
            text.paragraph("IrmQuestion", labels.questionLabel(language, question));
            FieldId field = provision.field(question.id());
            plan.answer(field).ifPresentOrElse(answer -> {
                answer.raised().forEach(this::number);
                new FieldRender(answer).write();
            }, () -> {
                text.start("IrmAnswer");
                xml.end();
            });
        }
        notesTable(plan.notesTable(provision.id()));
        dialogue.writeUnder(provision.id(), xml, text, language);
    }

    /** Renders one answer: base segments kept or changed, insertions, comment ranges. */
    private final class FieldRender {
        private final FieldId field;
        private final String base;
        private final List<Group> accepted;
        /** First pass: only learn each paragraph mark's change; second pass: write. */
        private boolean dry;
        private final List<Optional<Mark>> marks = new ArrayList<>();
        private int paragraphIndex;
        private String bookmarkId;

        FieldRender(Answer answer) {
            this.field = answer.field();
            this.base = answer.base();
            this.accepted = answer.accepted();
        }

        void write() {
            dry = true;
            walk();
            dry = false;
            paragraphIndex = 0;
            bookmarkId = id();
            marked.add(field);
            walk();
            waiting.keySet().removeIf(p -> p.in(field));
        }

        private void walk() {
            List<Step> ranges = new ArrayList<>();
            List<Step> points = new ArrayList<>();
            Map<Step, Group> owner = new HashMap<>();
            for (Group group : accepted) {
                for (Step step : group.steps()) {
                    owner.put(step, group);
                    (step.end() > step.at() ? ranges : points).add(step);
                }
            }
            List<Map.Entry<Place, List<Note>>> here = dry ? List.of() : waiting.entrySet().stream()
                    .filter(e -> e.getKey().in(field)).toList();
            TreeSet<Integer> cuts = new TreeSet<>(List.of(0, base.length()));
            ranges.forEach(s -> {
                cuts.add(s.at());
                cuts.add(s.end());
            });
            points.forEach(s -> cuts.add(s.at()));
            waiting.keySet().stream().filter(p -> p.in(field)).forEach(p -> {
                cuts.add(Math.min(p.start(), base.length()));
                cuts.add(Math.min(p.end(), base.length()));
            });
            for (int i = 0; i < base.length(); i++) {
                if (base.charAt(i) == '\n') {
                    cuts.add(i);
                    cuts.add(i + 1);
                }
            }
            startParagraph();
            if (!dry) {
                // The answer's bookmark, as in the review copy, opens before anything in it (comments included).
                xml.empty("bookmarkStart", "id", bookmarkId, "name", FieldMarks.bookmark(field));
            }
            Integer previous = null;
            for (int at : cuts) {
                if (previous != null && previous < at) {
                    segment(previous, at, ranges, owner);
                }
                for (Map.Entry<Place, List<Note>> e : here) {
                    int end = Math.min(e.getKey().end(), base.length());
                    if (end == at && e.getKey().start() < end) {
                        e.getValue().forEach(note -> CommentParts.rangeEnd(xml, ids.get(note)));
                    }
                }
                for (Step step : points) {
                    if (step.at() == at) {
                        insertion(step, owner.get(step));
                    }
                }
                for (Map.Entry<Place, List<Note>> e : here) {
                    int start = Math.min(e.getKey().start(), base.length());
                    int end = Math.min(e.getKey().end(), base.length());
                    if (start == at) {
                        e.getValue().forEach(note -> CommentParts.rangeStart(xml, ids.get(note)));
                        if (start == end) {
                            e.getValue().forEach(note -> CommentParts.rangeEnd(xml, ids.get(note)));
                        }
                    }
                }
                previous = at;
            }
            if (!dry) {
                xml.empty("bookmarkEnd", "id", bookmarkId);
            }
            endParagraph(Optional.empty());
        }

        private void segment(int from, int to, List<Step> ranges, Map<Step, Group> owner) {
            String piece = base.substring(from, to);
            Optional<Step> by = ranges.stream().filter(s -> s.at() <= from && to <= s.end()).findFirst();
            if (piece.equals("\n")) {
                // A paragraph mark of the base: kept, or deleted by a reviewer.
                Optional<Mark> mark = by.filter(step -> step.op() != Op.KEEP).map(step -> new Mark(false, owner.get(step)));
                endParagraph(mark);
                startParagraph();
                return;
            }
            if (dry) {
                return;
            }
            if (by.isEmpty()) {
                tracked.kept(piece);
                return;
            }
            Step step = by.get();
            Group group = owner.get(step);
            if (step.op() == Op.KEEP) {
                changes++;
                tracked.reformatted(change(group), piece, step.properties(), step.format().oldProperties());
            } else if (step.op() == Op.DELETE) {
                changes++;
                tracked.deleted(change(group), piece);
            } else {
                move(Move.FROM, piece, group, step);
            }
        }

        private void insertion(Step step, Group group) {
            String[] lines = step.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    endParagraph(Optional.of(new Mark(true, group)));
                    startParagraph();
                }
                if (lines[i].isEmpty() || dry) {
                    continue;
                }
                if (step.op() == Op.MOVE_TO) {
                    move(Move.TO, lines[i], group, step);
                } else {
                    changes++;
                    tracked.inserted(change(group), lines[i]);
                }
            }
        }

        private void move(Move half, String piece, Group group, Step step) {
            changes++;
            String name = "irmMove" + group.copy() + "_" + moveNumber(half, group.copy(), step);
            String rangeId = id();
            tracked.moved(half, rangeId, name, change(group), piece);
        }

        /** Opens a paragraph; its mark's change (learnt in the first pass) goes where Word puts it, pPr/rPr. */
        private void startParagraph() {
            if (dry) {
                return;
            }
            Optional<Mark> mark = paragraphIndex < marks.size() ? marks.get(paragraphIndex) : Optional.empty();
            paragraphIndex++;
            xml.start("p").start("pPr").empty("pStyle", "val", "IrmAnswer");
            if (language.rightToLeft()) {
                xml.empty("bidi");
            }
            mark.ifPresent(m -> {
                changes++;
                tracked.paragraphMark(m.inserted(), new Change(id(), plan.author(m.group()), plan.date(m.group().date())));
            });
            xml.end();
        }

        private void endParagraph(Optional<Mark> markChange) {
            if (dry) {
                marks.add(markChange);
            } else {
                xml.end();
            }
        }
    }

    /** A paragraph mark inserted or deleted by a reviewer's change. */
    private record Mark(boolean inserted, Group group) { }

    /** A new id, then who made the change and when. */
    private Change change(Group group) {
        return new Change(id(), plan.author(group), plan.date(group.date()));
    }

    /** The k-th move of a copy: its moveFrom and moveTo halves get the same name, as Word pairs them. */
    private int moveNumber(Move half, int copy, Step step) {
        return moveNumbers.computeIfAbsent(step.change(), c -> moveNames.merge(half.name() + copy, 1, Integer::sum));
    }

    /** Comments that sit on a provision's heading or the cover, as points. */
    private void pointComments(Place place) {
        List<Note> notes = waiting.remove(place);
        if (notes != null) {
            notes.forEach(note -> CommentParts.point(xml, ids.get(note)));
        }
    }

    /** Gives the comment its id (from the same counter as the tracked changes) and its entry in the comments part. */
    private void number(Note note) {
        int id = nextId++;
        ids.put(note, id);
        comments.add(new NewComment(id, note.author(), note.date(), note.text(), note.replyTo().map(ids::get)));
    }

    private void notesTable(Map<String, Map<NoteKind, String>> byReviewer) {
        if (byReviewer.isEmpty()) {
            return;
        }
        text.paragraph("IrmQuestion", labels.text(language, "merge.notes.heading"));
        xml.table(new int[] {2268, 2268, 2268, 2268}, language.rightToLeft(), false);
        row(true, labels.text(language, "merge.column.reviewer"), ReviewerFields.KINDS.stream()
                .map(k -> labels.text(language, ReviewerFields.labelKey(k))).toList());
        byReviewer.forEach((reviewer, notes) -> row(false, reviewer,
                ReviewerFields.KINDS.stream().map(k -> notes.getOrDefault(k, "")).toList()));
        xml.end();
        text.start("IrmAnswer");
        xml.end();
    }

    private void row(boolean header, String first, List<String> cells) {
        xml.row(header);
        for (String cell : Stream.concat(Stream.of(first), cells.stream()).toList()) {
            xml.start("tc").start("tcPr").empty("tcW", "w", "2268", "type", "dxa").end();
            for (String line : cell.split("\n", -1)) {
                text.start("IrmAnswer");
                if (header) {
                    text.bold(line);
                } else {
                    text.run(line);
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    private String id() {
        return Integer.toString(nextId++);
    }
}
