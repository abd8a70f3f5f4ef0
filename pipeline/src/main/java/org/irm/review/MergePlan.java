package org.irm.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.docx.Comment;
import org.irm.register.NoteKind;
import org.irm.review.FieldEdits.Group;
import org.irm.review.FieldEdits.Step;

/**
 * What the merge of returned review copies puts where, decided before anything is written: for
 * each answer, the base text and the changes that go in as tracked changes (in copy order); every
 * comment, reply and conflict with its place; the reviewers' notes per provision. No WordprocessingML
 * here: {@link MergedReviewWriter} writes what this decides.
 *
 * <p>The rules: copies are taken in the order given, and the first one a field appears in gives its
 * base text; a copy whose base differs gets a comment instead of its changes. Where two reviewers'
 * changes cannot both apply ({@link Group#conflictsWith}), the first copy's change stays and the
 * other's becomes a comment marked as a conflict; an identical change is kept once, with a comment
 * naming the other reviewer who made it; insertions at one point are all kept. Changes outside the
 * answers (question text, headings) become comments on their provision.
 */
final class MergePlan {

    /** Where a comment goes: a field and a range of its base, a provision's heading (no field), or the cover (neither). */
    record Place(String provisionId, FieldId field, int start, int end) {
        static final Place COVER = new Place(null, null, 0, 0);

        static Place heading(String provisionId) {
            return new Place(provisionId, null, 0, 0);
        }

        boolean in(FieldId answer) {
            return answer.equals(field);
        }
    }

    /**
     * A comment of the merged document.
     *
     * @param number  its place in the order comments are decided (unique in a plan)
     * @param date    ISO 8601; the merge's time where the copy gave none
     * @param replyTo the comment this one answers, if any
     */
    record Note(int number, Place place, String author, String date, String text, Optional<Note> replyTo) { }

    /**
     * One answer as merged.
     *
     * @param base     the answer as the first copy that has it was given
     * @param accepted the changes written as tracked changes, in copy order
     * @param raised   the comments this answer's merge adds (different base, same change, conflict), in order
     */
    record Answer(FieldId field, String base, List<Group> accepted, List<Note> raised) { }

    /**
     * An expert's copy that carried articles not assigned to the expert.
     *
     * @param copy       the copy's index in the merge
     * @param unassigned the articles carried but not assigned, ascending
     * @param assigned   the expert's articles
     */
    record Flag(int copy, List<ArticleRef> unassigned, List<ArticleRef> assigned) { }

    /** Who writes the merge's own comments for the secretariat (flags). */
    static final String PIPELINE_AUTHOR = "IRM Pipeline";

    private final List<ReturnedCopy> copies;
    private final Map<String, String> expertNames;
    private final List<String> flagLines = new ArrayList<>();
    private final Language language;
    private final I18nLabels labels;
    private final Reviewers reviewers;
    private final String now;
    private final List<Note> early = new ArrayList<>();
    private final Map<Place, List<Note>> notesByPlace = new LinkedHashMap<>();
    private final Map<FieldId, Answer> answers = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<NoteKind, String>>> notesTables = new HashMap<>();
    private int notes;
    private int conflicts;

    private MergePlan(List<ReturnedCopy> copies, Map<String, String> expertNames, Language language, I18nLabels labels,
                      Reviewers reviewers, Instant now) {
        this.copies = copies;
        this.expertNames = Map.copyOf(expertNames);
        this.language = language;
        this.labels = labels;
        this.reviewers = reviewers;
        this.now = now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Plans the merge of these copies (of one State's review), in the catalogue's order; {@code now} dates what has no date. */
    static MergePlan of(List<ReturnedCopy> copies, Catalogue catalogue, Language language, I18nLabels labels,
                        Reviewers reviewers, Instant now) {
        return of(copies, catalogue, language, labels, reviewers, now, Map.of(), List.of());
    }

    /**
     * Plans the merge as above, experts named as the secretariat registered them.
     *
     * @param expertNames each expert's name by address (an expert not in it is named by address)
     * @param flags       the experts' copies that carried articles not assigned to them
     */
    static MergePlan of(List<ReturnedCopy> copies, Catalogue catalogue, Language language, I18nLabels labels,
                        Reviewers reviewers, Instant now, Map<String, String> expertNames, List<Flag> flags) {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("No review copy to merge");
        }
        MergePlan plan = new MergePlan(copies, expertNames, language, labels, reviewers, now);
        plan.flags(flags, catalogue);
        plan.copiesComments();
        plan.changesOutsideAnswers();
        List<Provision> provisions = new ArrayList<>();
        provisions.add(catalogue.general());
        catalogue.chapters().forEach(c -> c.articles().forEach(a -> provisions.addAll(a.provisions())));
        for (Provision provision : provisions) {
            provision.questions().forEach(q -> plan.merge(provision.field(q.id())));
            plan.notesTable(provision);
        }
        return plan;
    }

    /** The reviewing State's code, as the first copy names it. */
    String state() {
        return copies.get(0).identity().state();
    }

    /** Every reviewer once, by name, in copy order (an expert as "France (FRA) — Marie Curie"). */
    List<String> reviewerNames() {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < copies.size(); c++) {
            names.add(name(c));
        }
        return names.stream().distinct().toList();
    }

    /** What the secretariat must look at: one line per expert's copy that carried articles not assigned to them. */
    List<String> flagLines() {
        return Collections.unmodifiableList(flagLines);
    }

    /** The comments decided before any answer: every copy's own comments (threads kept), then changes outside the answers. */
    List<Note> early() {
        return Collections.unmodifiableList(early);
    }

    /** Every comment by its place, places in the order they were first given a comment. */
    Map<Place, List<Note>> notesByPlace() {
        return Collections.unmodifiableMap(notesByPlace);
    }

    /** The answer as merged; empty when no copy has the field. */
    Optional<Answer> answer(FieldId field) {
        return Optional.ofNullable(answers.get(field));
    }

    /** The reviewers' notes under the provision: by reviewer name, by kind; empty when nobody wrote one. */
    Map<String, Map<NoteKind, String>> notesTable(String provisionId) {
        return notesTables.getOrDefault(provisionId, Map.of());
    }

    /** Changes turned into conflict comments. */
    int conflicts() {
        return conflicts;
    }

    /** Who made a change, as its tracked change names it: "Kenya (KEN) — J. Doe". */
    String author(Group group) {
        return author(group.copy(), group.author());
    }

    /** Who wrote in a copy: the reviewer and the file's author, or for an expert's copy the expert by name. */
    private String author(int copy, String fileAuthor) {
        ReturnedCopy returned = copies.get(copy);
        if (returned.identity().isExpertCopy()) {
            return reviewers.expert(returned.reviewer(), expertName(returned), fileAuthor);
        }
        return reviewers.author(returned.reviewer(), fileAuthor);
    }

    /** A copy's reviewer by name: "France (FRA)", or for an expert's copy "France (FRA) — Marie Curie". */
    private String name(int copy) {
        ReturnedCopy returned = copies.get(copy);
        return returned.identity().isExpertCopy() ? reviewers.author(returned.reviewer(), expertName(returned))
                : reviewers.name(returned.reviewer());
    }

    private String expertName(ReturnedCopy copy) {
        return expertNames.getOrDefault(copy.identity().expert(), copy.identity().expert());
    }

    /** A comment for the secretariat on each article an expert's copy carried without its being theirs. */
    private void flags(List<Flag> flags, Catalogue catalogue) {
        for (Flag flag : flags) {
            String who = name(flag.copy());
            for (ArticleRef article : flag.unassigned()) {
                String text = labels.text(language, "merge.flag.unassigned", who, labels.articleName(language, article),
                        names(flag.assigned()));
                flagLines.add(text);
                copies.get(flag.copy()).regions().stream().map(ReturnedCopy.Region::provisionId)
                        .filter(id -> id != null && catalogue.provision(id).map(article::covers).orElse(false))
                        .findFirst()
                        .ifPresent(id -> early.add(note(Place.heading(id), PIPELINE_AUTHOR, null, text, Optional.empty())));
            }
        }
    }

    /** The articles as the flag lists them: plain numbers for every instrument's, named for one instrument's. */
    private String names(List<ArticleRef> articles) {
        return String.join(", ", articles.stream()
                .map(article -> article.instrument() == null ? Integer.toString(article.number())
                        : labels.articleName(language, article))
                .toList());
    }

    /** A change's date, or the merge's time where the copy gave none. */
    String date(String date) {
        return date == null || date.isBlank() ? now : date;
    }

    private void merge(FieldId field) {
        List<Optional<FieldEdits>> edits = copies.stream()
                .map(copy -> copy.region(field).map(r -> FieldEdits.of(r.paragraphs()))).toList();
        Optional<String> firstBase = edits.stream().flatMap(Optional::stream).findFirst().map(FieldEdits::base);
        if (firstBase.isEmpty()) {
            return;
        }
        String base = firstBase.get();
        List<Group> accepted = new ArrayList<>();
        List<Note> raised = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).isEmpty()) {
                continue;
            }
            FieldEdits copyEdits = edits.get(i).get();
            if (!copyEdits.base().equals(base)) {
                String who = author(i, null);
                raised.add(note(new Place(field.provisionId(), field, 0, base.length()), who, null,
                        labels.text(language, "merge.differentBase", who, copyEdits.accepted()), Optional.empty()));
                continue;
            }
            for (Group group : copyEdits.groups(i)) {
                String who = author(group);
                Place where = new Place(field.provisionId(), field, group.start(), group.end());
                if (accepted.stream().anyMatch(a -> a.copy() != group.copy() && a.sameAs(group))) {
                    // Written once (twice would insert the text twice); the comment keeps who else made it.
                    raised.add(note(where, who, group.date(), labels.text(language, "merge.sameChange", who), Optional.empty()));
                } else if (accepted.stream().anyMatch(a -> a.copy() != group.copy() && a.conflictsWith(group))) {
                    conflicts++;
                    raised.add(note(where, who, group.date(), labels.text(language, "merge.conflict", who, describe(group)),
                            Optional.empty()));
                } else {
                    // Accepted in copy order: insertions at one point go in in the order the copies were given.
                    accepted.add(group);
                }
            }
        }
        answers.put(field, new Answer(field, base, List.copyOf(accepted), List.copyOf(raised)));
    }

    /** Every copy's comments, threads kept, placed on their answer's range or their provision's heading. */
    private void copiesComments() {
        for (ReturnedCopy copy : copies) {
            Map<String, Place> places = new HashMap<>();
            for (ReturnedCopy.Region region : copy.regions()) {
                boolean answer = region.field() != null && ReviewerFields.kindOf(region.field()).isEmpty();
                Map<String, int[]> ranges = FieldEdits.of(region.paragraphs()).commentRanges();
                ranges.forEach((id, range) -> places.putIfAbsent(id, answer
                        ? new Place(region.provisionId(), region.field(), range[0], range[1])
                        : Place.heading(region.provisionId())));
            }
            Map<String, Note> byOldId = new HashMap<>();
            Map<String, Comment> byId = new HashMap<>();
            copy.reading().comments().forEach(k -> byId.put(k.id(), k));
            for (Comment comment : copy.reading().comments()) {
                Place place = places.get(comment.id());
                Comment root = comment;
                // A reply without a range of its own sits where its thread starts.
                while (place == null && root.parentId() != null && byId.containsKey(root.parentId())) {
                    root = byId.get(root.parentId());
                    place = places.get(root.id());
                }
                Optional<Note> replyTo = Optional.ofNullable(comment.parentId()).map(byOldId::get);
                Note note = note(place == null ? Place.COVER : place, author(copies.indexOf(copy), comment.author()),
                        comment.date(), comment.text(), replyTo);
                early.add(note);
                byOldId.put(comment.id(), note);
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
                    early.add(note(Place.heading(region.provisionId()), author(group), group.date(),
                            labels.text(language, "merge.outside", describe(group)), Optional.empty()));
                }
            }
        }
    }

    private Note note(Place place, String author, String date, String text, Optional<Note> replyTo) {
        Note note = new Note(notes++, place, author, date(date), text, replyTo);
        notesByPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(note);
        return note;
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

    /** The reviewers' observations, good practices and recommendations under the provision, by reviewer. */
    private void notesTable(Provision provision) {
        Map<String, Map<NoteKind, String>> byReviewer = new LinkedHashMap<>();
        for (int c = 0; c < copies.size(); c++) {
            ReturnedCopy copy = copies.get(c);
            String who = name(c);
            for (NoteKind kind : ReviewerFields.KINDS) {
                copy.region(ReviewerFields.field(provision.id(), kind))
                        .map(r -> FieldEdits.of(r.paragraphs()).accepted().strip())
                        .filter(t -> !t.isEmpty())
                        .ifPresent(t -> byReviewer.computeIfAbsent(who, k -> new LinkedHashMap<>())
                                .merge(kind, t, (a, b) -> a + "\n" + b));
            }
        }
        if (!byReviewer.isEmpty()) {
            notesTables.put(provision.id(), byReviewer);
        }
    }
}
