package org.irm.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irm.catalogue.Article;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.config.TemplateSource;
import org.irm.docx.Comment;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter;
import org.irm.docx.Paragraphs;
import org.irm.docx.WordXml;
import org.irm.identity.FieldMarks;
import org.irm.identity.IdentityParts;
import org.irm.register.NoteKind;
import org.irm.review.FieldEdits.Group;
import org.irm.review.FieldEdits.Op;
import org.irm.review.FieldEdits.Step;

/**
 * Merges any number of returned review copies of one State's answers into one consolidated Word
 * document (docx4j): the answers once; every reviewer's comments where they made them, replies in
 * their threads; every tracked change where it was made, its author naming the reviewing State
 * ("Kenya (KEN) — J. Doe"), so Word and LibreOffice accept and reject each as usual. Where two
 * reviewers' changes cannot both apply (see {@link FieldEdits.Group#conflictsWith}), the first copy's
 * change stays a tracked change and the other's becomes a comment on the same place, marked as a
 * conflict; insertions at the same point are all kept, in copy order, and an identical change is
 * written once with a comment naming the other reviewer who made it. Under each provision a
 * table puts the reviewers' observations, good practices and recommendations side by side.
 * Copies are taken in the order given; the first one a field appears in gives its base text.
 */
public final class ReviewMerger {

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final TemplateSource templates;
    private final Reviewers reviewers;

    public ReviewMerger(Catalogue catalogue, I18nLabels labels, TemplateSource templates, Reviewers reviewers) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.templates = templates;
        this.reviewers = reviewers;
    }

    /**
     * What the merge wrote.
     *
     * @param changes   tracked changes written (each w:ins, w:del, w:moveFrom, w:moveTo, w:rPrChange, paragraph mark)
     * @param comments  comments written, replies and conflict comments included
     * @param conflicts changes turned into conflict comments
     */
    public record Merged(int changes, int comments, int conflicts) { }

    /** Writes the consolidated document of these copies (of one State's review) to the stream, not closed. */
    Merged write(List<ReturnedCopy> copies, String stateName, Language language, OutputStream out) throws IOException {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("No review copy to merge");
        }
        Render render = new Render(copies, language);
        String body = render.document(stateName);
        PackageWriter pkg = PackageWriter.withStyles("the consolidated review", DocumentStyles.styles(templates, language));
        pkg.body(body);
        // Which bookmark is which answer: irm inspect names the field of each comment and change by it.
        pkg.parts(p -> IdentityParts.fieldMap(p, render.marked));
        if (!render.comments.isEmpty()) {
            pkg.comments(render.commentsXml(), render.threadsXml());
        }
        pkg.application(IdentityParts.APPLICATION);
        pkg.save(out);
        return new Merged(render.changes, render.comments.size(), render.conflicts);
    }

    /** A comment of the merged document. */
    private record MergedComment(int id, String author, String date, String text, Integer parent) { }

    /** Where a comment goes: a field and base range, or a provision's heading (field null), or the cover. */
    private record Place(String provisionId, FieldId field, int start, int end) { }

    private final class Render {
        private final List<ReturnedCopy> copies;
        private final Language language;
        private final WordXml xml = new WordXml();
        private final Paragraphs text;
        final List<MergedComment> comments = new ArrayList<>();
        /** The answers written inside their field's bookmark, in document order. */
        final List<FieldId> marked = new ArrayList<>();
        /** Comments waiting for their place, by place. */
        private final Map<Place, List<Integer>> waiting = new LinkedHashMap<>();
        int changes;
        int conflicts;
        private int nextId = 1;
        private final Map<String, Integer> moveNames = new HashMap<>();
        private final Map<Object, Integer> moveNumbers = new java.util.IdentityHashMap<>();

        Render(List<ReturnedCopy> copies, Language language) {
            this.copies = copies;
            this.language = language;
            this.text = new Paragraphs(xml, language);
            placeComments();
            changesOutsideAnswers();
        }

        String document(String stateName) {
            xml.document();
            text.paragraph("Title", labels.text(language, "merge.title"));
            text.paragraph("Subtitle", labels.text(language, "merge.subtitle"));
            text.labelled("IrmCover", labels.text(language, "checklist.cover.state"),
                    stateName + " (" + copies.get(0).identity().state() + ")");
            text.start("IrmCover");
            text.bold(labels.text(language, "merge.cover.reviewers") + ": ");
            text.run(String.join(", ", copies.stream().map(c -> reviewers.name(c.reviewer())).distinct().toList()));
            pointComments(new Place(null, null, 0, 0));
            xml.end();
            provision(catalogue.general(), labels.text(language, "checklist.general.heading"), "Heading2");
            for (Chapter chapter : catalogue.chapters()) {
                text.paragraph("Heading1", labels.chapterHeading(language, chapter.number()));
                for (Article article : chapter.articles()) {
                    text.paragraph("Heading2", labels.articleHeading(language, article.number()));
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
            text.section();
            return xml.end().end().finish();
        }

        private void provision(Provision provision, String title, String style) {
            text.start(style);
            text.run(title);
            pointComments(new Place(provision.id(), null, 0, 0));
            xml.end();
            for (Question question : provision.questions()) {
                text.paragraph("IrmQuestion", labels.text(language, "question." + question.id() + ".label"));
                answer(provision.field(question.id()));
            }
            notesTable(provision);
        }

        /** The answer once, with every reviewer's changes and comments laid over it. */
        private void answer(FieldId field) {
            List<FieldEdits> edits = new ArrayList<>();
            for (ReturnedCopy copy : copies) {
                edits.add(copy.region(field).map(r -> FieldEdits.of(r.paragraphs())).orElse(null));
            }
            int first = -1;
            for (int i = 0; i < edits.size() && first < 0; i++) {
                first = edits.get(i) != null ? i : -1;
            }
            if (first < 0) {
                text.start("IrmAnswer");
                xml.end();
                return;
            }
            String base = edits.get(first).base();
            List<Group> accepted = new ArrayList<>();
            for (int i = 0; i < edits.size(); i++) {
                FieldEdits copyEdits = edits.get(i);
                if (copyEdits == null) {
                    continue;
                }
                if (!copyEdits.base().equals(base)) {
                    String who = reviewers.author(copies.get(i).reviewer(), null);
                    place(new Place(field.provisionId(), field, 0, base.length()), who, null,
                            labels.text(language, "merge.differentBase", who, copyEdits.accepted()), null);
                    continue;
                }
                for (Group group : copyEdits.groups(i)) {
                    String who = reviewers.author(copies.get(i).reviewer(), group.author());
                    Place where = new Place(field.provisionId(), field, group.start(), group.end());
                    if (accepted.stream().anyMatch(a -> a.copy() != group.copy() && a.sameAs(group))) {
                        // Written once (twice would insert the text twice); the comment keeps who else made it.
                        place(where, who, group.date(), labels.text(language, "merge.sameChange", who), null);
                    } else if (accepted.stream().anyMatch(a -> a.copy() != group.copy() && a.conflictsWith(group))) {
                        conflicts++;
                        place(where, who, group.date(), labels.text(language, "merge.conflict", who, describe(group)), null);
                    } else {
                        // Accepted in copy order: insertions at one point go in in the order the copies were given.
                        accepted.add(group);
                    }
                }
            }
            new FieldRender(field, base, accepted).write();
        }

        private String describe(Group group) {
            List<String> parts = new ArrayList<>();
            for (Step step : group.steps()) {
                switch (step.op()) {
                    case DELETE, MOVE_FROM -> parts.add(labels.text(language, "merge.change.delete", step.text()));
                    case INSERT, MOVE_TO -> parts.add(labels.text(language, "merge.change.insert", step.text()));
                    default -> parts.add(labels.text(language, "merge.change.format", step.text()));
                }
            }
            return String.join(", ", parts);
        }

        /** Renders one field: base segments kept or changed, insertions, comment ranges. */
        private final class FieldRender {
            private final FieldId field;
            private final String base;
            private final List<Group> accepted;
            /** First pass: only learn each paragraph mark's change; second pass: write. */
            private boolean dry;
            private final List<String[]> marks = new ArrayList<>();
            private int paragraphIndex;
            private String bookmarkId;

            FieldRender(FieldId field, String base, List<Group> accepted) {
                this.field = field;
                this.base = base;
                this.accepted = accepted;
            }

            void write() {
                dry = true;
                walk();
                dry = false;
                paragraphIndex = 0;
                bookmarkId = id();
                marked.add(field);
                walk();
                waiting.keySet().removeIf(p -> field.equals(p.field()));
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
                List<Map.Entry<Place, List<Integer>>> here = dry ? List.of() : waiting.entrySet().stream()
                        .filter(e -> field.equals(e.getKey().field())).toList();
                java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, base.length()));
                ranges.forEach(s -> { cuts.add(s.at()); cuts.add(s.end()); });
                points.forEach(s -> cuts.add(s.at()));
                waiting.keySet().stream().filter(p -> field.equals(p.field())).forEach(p -> {
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
                    for (Map.Entry<Place, List<Integer>> e : here) {
                        int end = Math.min(e.getKey().end(), base.length());
                        if (end == at && e.getKey().start() < end) {
                            e.getValue().forEach(id -> { xml.empty("commentRangeEnd", "id", Integer.toString(id)); reference(id); });
                        }
                    }
                    for (Step step : points) {
                        if (step.at() == at) {
                            insertion(step, owner.get(step));
                        }
                    }
                    for (Map.Entry<Place, List<Integer>> e : here) {
                        int start = Math.min(e.getKey().start(), base.length());
                        int end = Math.min(e.getKey().end(), base.length());
                        if (start == at) {
                            e.getValue().forEach(id -> xml.empty("commentRangeStart", "id", Integer.toString(id)));
                            if (start == end) {
                                e.getValue().forEach(id -> { xml.empty("commentRangeEnd", "id", Integer.toString(id)); reference(id); });
                            }
                        }
                    }
                    previous = at;
                }
                if (!dry) {
                    xml.empty("bookmarkEnd", "id", bookmarkId);
                }
                endParagraph(null);
            }

            private void segment(int from, int to, List<Step> ranges, Map<Step, Group> owner) {
                String piece = base.substring(from, to);
                Step by = ranges.stream().filter(s -> s.at() <= from && to <= s.end()).findFirst().orElse(null);
                Group group = by == null ? null : owner.get(by);
                String author = group == null ? null : reviewers.author(copies.get(group.copy()).reviewer(), group.author());
                if (piece.equals("\n")) {
                    // A paragraph mark of the base: kept, or deleted by a reviewer.
                    endParagraph(by != null && by.op() != Op.KEEP ? change("del", author, group.date()) : null);
                    startParagraph();
                    return;
                }
                if (dry) {
                    return;
                }
                if (by == null) {
                    run(piece, null, false);
                } else if (by.op() == Op.KEEP) {
                    formatted(piece, by, author, group.date());
                } else if (by.op() == Op.DELETE) {
                    changes++;
                    xml.start("del").attribute("id", id()).attribute("author", author).attribute("date", date(group.date()));
                    run(piece, null, true);
                    xml.end();
                } else {
                    move("moveFrom", piece, author, group, by);
                }
            }

            private void insertion(Step step, Group group) {
                String author = reviewers.author(copies.get(group.copy()).reviewer(), group.author());
                String[] lines = step.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        endParagraph(change("ins", author, group.date()));
                        startParagraph();
                    }
                    if (lines[i].isEmpty() || dry) {
                        continue;
                    }
                    if (step.op() == Op.MOVE_TO) {
                        move("moveTo", lines[i], author, group, step);
                    } else {
                        changes++;
                        xml.start("ins").attribute("id", id()).attribute("author", author).attribute("date", date(group.date()));
                        run(lines[i], null, false);
                        xml.end();
                    }
                }
            }

            private void move(String kind, String piece, String author, Group group, Step step) {
                changes++;
                String name = "irmMove" + group.copy() + "_" + moveNumber(kind, group.copy(), step);
                String rangeId = id();
                xml.empty(kind + "RangeStart", "id", rangeId, "name", name, "author", author, "date", date(group.date()));
                xml.start(kind).attribute("id", id()).attribute("author", author).attribute("date", date(group.date()));
                run(piece, null, false);
                xml.end();
                xml.empty(kind + "RangeEnd", "id", rangeId);
            }

            private void formatted(String piece, Step step, String author, String date) {
                changes++;
                xml.start("r").start("rPr");
                step.properties().forEach(p -> property(p));
                xml.start("rPrChange").attribute("id", id()).attribute("author", author).attribute("date", date(date));
                xml.start("rPr");
                step.format().oldProperties().forEach(p -> property(p));
                xml.end().end().end();
                xml.text(piece).end();
            }

            /** Opens a paragraph; its mark's change (learnt in the first pass) goes where Word puts it, pPr/rPr. */
            private void startParagraph() {
                if (dry) {
                    return;
                }
                String[] mark = paragraphIndex < marks.size() ? marks.get(paragraphIndex) : null;
                paragraphIndex++;
                xml.start("p").start("pPr").empty("pStyle", "val", "IrmAnswer");
                if (language.rightToLeft()) {
                    xml.empty("bidi");
                }
                if (mark != null) {
                    changes++;
                    xml.start("rPr").start(mark[0]).attribute("id", id()).attribute("author", mark[1])
                            .attribute("date", mark[2]).end().end();
                }
                xml.end();
            }

            private void endParagraph(String[] markChange) {
                if (dry) {
                    marks.add(markChange);
                } else {
                    xml.end();
                }
            }
        }

        private String[] change(String kind, String author, String date) {
            return new String[] {kind, author, date(date)};
        }

        /** The k-th move of a copy: its moveFrom and moveTo halves get the same name, as Word pairs them. */
        private int moveNumber(String kind, int copy, Step step) {
            return moveNumbers.computeIfAbsent(step.change(), c -> moveNames.merge(kind + copy, 1, Integer::sum));
        }

        private void property(Map.Entry<String, Map<String, String>> property) {
            List<String> pairs = new ArrayList<>();
            property.getValue().forEach((k, v) -> { pairs.add(k); pairs.add(v); });
            xml.empty(property.getKey(), pairs.toArray(String[]::new));
        }

        private void run(String piece, String style, boolean deleted) {
            xml.start("r");
            text.runProperties(false);
            if (deleted) {
                xml.start("delText").characters(piece).end();
            } else {
                xml.text(piece);
            }
            xml.end();
        }

        private void reference(int id) {
            xml.start("r").empty("commentReference", "id", Integer.toString(id)).end();
        }

        /** Comments that sit on a provision's heading or the cover, as points. */
        private void pointComments(Place place) {
            List<Integer> ids = waiting.remove(place);
            if (ids != null) {
                ids.forEach(id -> {
                    xml.empty("commentRangeStart", "id", Integer.toString(id));
                    xml.empty("commentRangeEnd", "id", Integer.toString(id));
                    reference(id);
                });
            }
        }

        /** Every copy's comments, threads kept, placed on their field range or their provision's heading. */
        private void placeComments() {
            for (int c = 0; c < copies.size(); c++) {
                ReturnedCopy copy = copies.get(c);
                Map<String, Place> places = new HashMap<>();
                for (ReturnedCopy.Region region : copy.regions()) {
                    boolean answer = region.field() != null && ReviewerFields.kindOf(region.field()).isEmpty();
                    Map<String, int[]> ranges = FieldEdits.of(region.paragraphs()).commentRanges();
                    ranges.forEach((id, range) -> places.putIfAbsent(id, answer
                            ? new Place(region.provisionId(), region.field(), range[0], range[1])
                            : new Place(region.provisionId(), null, 0, 0)));
                }
                Map<String, Integer> newIds = new HashMap<>();
                Map<String, Comment> byId = new HashMap<>();
                copy.reading().comments().forEach(k -> byId.put(k.id(), k));
                for (Comment comment : copy.reading().comments()) {
                    Place place = places.get(comment.id());
                    Comment root = comment;
                    while (place == null && root.parentId() != null && byId.containsKey(root.parentId())) {
                        root = byId.get(root.parentId());
                        place = places.get(root.id());
                    }
                    if (place == null) {
                        place = new Place(null, null, 0, 0);
                    }
                    Integer parent = comment.parentId() == null ? null : newIds.get(comment.parentId());
                    int id = place(place, reviewers.author(copy.reviewer(), comment.author()), comment.date(),
                            comment.text(), parent);
                    newIds.put(comment.id(), id);
                }
            }
        }

        /** Changes a reviewer made outside the State's answers (question text, headings) become comments on the provision. */
        private void changesOutsideAnswers() {
            for (int c = 0; c < copies.size(); c++) {
                ReturnedCopy copy = copies.get(c);
                for (ReturnedCopy.Region region : copy.regions()) {
                    if (region.field() != null) {
                        continue;
                    }
                    for (Group group : FieldEdits.of(region.paragraphs()).groups(c)) {
                        String who = reviewers.author(copy.reviewer(), group.author());
                        place(new Place(region.provisionId(), null, 0, 0), who, group.date(),
                                labels.text(language, "merge.outside", describe(group)), null);
                    }
                }
            }
        }

        private int place(Place place, String author, String date, String body, Integer parent) {
            // From the same counter as the tracked changes: Word wants every annotation id distinct.
            int id = nextId++;
            comments.add(new MergedComment(id, author, date(date), body, parent));
            waiting.computeIfAbsent(place, p -> new ArrayList<>()).add(id);
            return id;
        }

        private void notesTable(Provision provision) {
            Map<String, Map<NoteKind, String>> byReviewer = new LinkedHashMap<>();
            for (ReturnedCopy copy : copies) {
                for (NoteKind kind : ReviewerFields.KINDS) {
                    copy.region(ReviewerFields.field(provision.id(), kind)).map(r -> FieldEdits.of(r.paragraphs()).accepted().strip())
                            .filter(t -> !t.isEmpty())
                            .ifPresent(t -> byReviewer.computeIfAbsent(reviewers.name(copy.reviewer()), k -> new LinkedHashMap<>())
                                    .merge(kind, t, (a, b) -> a + "\n" + b));
                }
            }
            if (byReviewer.isEmpty()) {
                return;
            }
            text.paragraph("IrmQuestion", labels.text(language, "merge.notes.heading"));
            xml.start("tbl").start("tblPr").empty("tblW", "w", "5000", "type", "pct");
            xml.start("tblBorders");
            for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
                xml.empty(side, "val", "single", "sz", "4", "space", "0", "color", "808080");
            }
            xml.end();
            if (language.rightToLeft()) {
                xml.empty("bidiVisual");
            }
            xml.end();
            xml.start("tblGrid");
            for (int i = 0; i < 4; i++) {
                xml.empty("gridCol", "w", "2268");
            }
            xml.end();
            row(true, labels.text(language, "merge.column.reviewer"), ReviewerFields.KINDS.stream()
                    .map(k -> labels.text(language, ReviewerFields.labelKey(k))).toList());
            byReviewer.forEach((reviewer, notes) -> row(false, reviewer,
                    ReviewerFields.KINDS.stream().map(k -> notes.getOrDefault(k, "")).toList()));
            xml.end();
            text.start("IrmAnswer");
            xml.end();
        }

        private void row(boolean header, String first, List<String> cells) {
            xml.start("tr");
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

        String commentsXml() {
            WordXml out = new WordXml();
            out.start("comments");
            out.namespaces();
            for (MergedComment comment : comments) {
                out.start("comment").attribute("id", Integer.toString(comment.id())).attribute("author", comment.author())
                        .attribute("date", comment.date()).attribute("initials", initials(comment.author()));
                String[] lines = comment.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    out.start("p");
                    if (i == lines.length - 1) {
                        out.attribute14("paraId", paraId(comment.id()));
                    }
                    out.start("r").text(lines[i]).end().end();
                }
                out.end();
            }
            return out.end().finish();
        }

        String threadsXml() {
            String w15 = "http://schemas.microsoft.com/office/word/2012/wordml";
            StringBuilder xmlText = new StringBuilder("<w15:commentsEx xmlns:w15=\"" + w15 + "\">");
            for (MergedComment comment : comments) {
                xmlText.append("<w15:commentEx w15:paraId=\"").append(paraId(comment.id())).append('"');
                if (comment.parent() != null) {
                    xmlText.append(" w15:paraIdParent=\"").append(paraId(comment.parent())).append('"');
                }
                xmlText.append(" w15:done=\"0\"/>");
            }
            return xmlText.append("</w15:commentsEx>").toString();
        }

        private String id() {
            return Integer.toString(nextId++);
        }
    }

    private static String paraId(int commentId) {
        return String.format("%08X", 0x20000000 + commentId);
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s.()\u2014]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() > 8 ? initials.substring(0, 8) : initials.toString();
    }

    private static String date(String date) {
        return date == null || date.isBlank() ? java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString() : date;
    }
}
