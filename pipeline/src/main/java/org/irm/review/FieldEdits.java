package org.irm.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.irm.docx.RevisionType;
import org.irm.docx.TrackedParagraph.Change;
import org.irm.docx.TrackedParagraph.Piece;
import org.irm.docx.TrackedParagraph.PieceKind;
import org.irm.docx.TrackedParagraph;

/**
 * One reviewer's edits of one field, laid over the text the reviewer was given (the base): each
 * edit says where in the base it sits, so that several reviewers' edits of the same answer can be
 * placed side by side. Paragraph marks count as one "\n" of the base.
 */
final class FieldEdits {

    /** What an operation does to the base. */
    enum Op { KEEP, DELETE, MOVE_FROM, INSERT, MOVE_TO, COMMENT_START, COMMENT_END, COMMENT_POINT }

    /**
     * One operation at a base position; DELETE, MOVE_FROM and KEEP consume {@code text.length()} of the base.
     *
     * @param format     a tracked change of the kept text's formatting, or null
     * @param properties the run's properties (for formatting changes)
     */
    record Step(Op op, int at, String text, Change change, Change format,
                List<Map.Entry<String, Map<String, String>>> properties, String commentId) {
        int end() {
            return op == Op.KEEP || op == Op.DELETE || op == Op.MOVE_FROM ? at + text.length() : at;
        }
    }

    /**
     * Consecutive changes of one reviewer with no kept text between them (a replacement is a deletion
     * and an insertion), or one change of formatting: the unit that can conflict with another reviewer's.
     * It spans the base text it deletes, moves away or reformats; a pure insertion spans nothing and
     * sits at one point.
     */
    record Group(int copy, int start, int end, List<Step> steps) {
        /**
         * Whether this edit and another reviewer's cannot both apply: both change (delete, move away,
         * rewrite or reformat) some of the same base text, or one inserts strictly inside base text the
         * other deletes, moves away or rewrites. Insertions at the same point do not conflict (both go
         * in, one after the other), nor do an insertion at the edge of a change, or one inside text the
         * other only reformats.
         */
        boolean conflictsWith(Group other) {
            boolean span = start < end;
            boolean otherSpan = other.start < other.end;
            if (span && otherSpan) {
                return start < other.end && other.start < end;
            }
            if (!span && !otherSpan) {
                return false;
            }
            Group point = span ? other : this;
            Group changed = span ? this : other;
            return changed.start < point.start && point.start < changed.end && !changed.formattingOnly();
        }

        /** A change of the formatting of kept text, nothing deleted or inserted. */
        boolean formattingOnly() {
            return steps.stream().allMatch(s -> s.op() == Op.KEEP);
        }

        boolean sameAs(Group other) {
            if (start != other.start || end != other.end || steps.size() != other.steps.size()) {
                return false;
            }
            for (int i = 0; i < steps.size(); i++) {
                Step a = steps.get(i);
                Step b = other.steps.get(i);
                if (a.op() != b.op() || !a.text().equals(b.text()) || a.at() != b.at()) {
                    return false;
                }
                // Kept text reformatted: the same change only with the same new formatting (bold is not italic).
                if (a.op() == Op.KEEP && !a.properties().equals(b.properties())) {
                    return false;
                }
            }
            return true;
        }

        String author() {
            Step first = steps.get(0);
            return first.change() != null ? first.change().author() : first.format() != null ? first.format().author() : null;
        }

        String date() {
            Step first = steps.get(0);
            return first.change() != null ? first.change().date() : first.format() != null ? first.format().date() : null;
        }
    }

    final List<Step> steps = new ArrayList<>();
    final StringBuilder base = new StringBuilder();

    /** Lays a region's paragraphs over their base. */
    static FieldEdits of(List<TrackedParagraph> paragraphs) {
        FieldEdits edits = new FieldEdits();
        for (int i = 0; i < paragraphs.size(); i++) {
            TrackedParagraph paragraph = paragraphs.get(i);
            for (Piece piece : paragraph.pieces()) {
                edits.add(piece);
            }
            if (i < paragraphs.size() - 1) {
                Change mark = paragraph.markChange();
                Op op = mark == null ? Op.KEEP : mark.type() == RevisionType.INSERTION ? Op.INSERT : Op.DELETE;
                edits.step(op, "\n", mark, null, List.of(), null);
            }
        }
        return edits;
    }

    private void add(Piece piece) {
        switch (piece.kind()) {
            case KEPT -> step(Op.KEEP, piece.text(), null, piece.format(), piece.properties(), null);
            case DELETED -> step(Op.DELETE, piece.text(), piece.change(), null, piece.properties(), null);
            case MOVED_FROM -> step(Op.MOVE_FROM, piece.text(), piece.change(), null, piece.properties(), null);
            case INSERTED -> step(Op.INSERT, piece.text(), piece.change(), null, piece.properties(), null);
            case MOVED_TO -> step(Op.MOVE_TO, piece.text(), piece.change(), null, piece.properties(), null);
            case COMMENT_START -> step(Op.COMMENT_START, "", null, null, List.of(), piece.commentId());
            case COMMENT_END -> step(Op.COMMENT_END, "", null, null, List.of(), piece.commentId());
            case COMMENT_REFERENCE -> step(Op.COMMENT_POINT, "", null, null, List.of(), piece.commentId());
        }
    }

    private void step(Op op, String text, Change change, Change format,
                      List<Map.Entry<String, Map<String, String>>> properties, String commentId) {
        Step step = new Step(op, base.length(), text, change, format, properties, commentId);
        steps.add(step);
        if (op == Op.KEEP || op == Op.DELETE || op == Op.MOVE_FROM) {
            base.append(text);
        }
    }

    String base() {
        return base.toString();
    }

    /** The reviewer's text with every change accepted. */
    String accepted() {
        StringBuilder text = new StringBuilder();
        steps.stream().filter(s -> s.op() == Op.KEEP || s.op() == Op.INSERT || s.op() == Op.MOVE_TO)
                .forEach(s -> text.append(s.text()));
        return text.toString();
    }

    /** The change groups, in document order. */
    List<Group> groups(int copy) {
        List<Group> groups = new ArrayList<>();
        List<Step> current = new ArrayList<>();
        for (Step step : steps) {
            boolean change = step.op() == Op.DELETE || step.op() == Op.MOVE_FROM || step.op() == Op.INSERT
                    || step.op() == Op.MOVE_TO;
            if (change && (current.isEmpty() || sameChangeAuthor(current, step))) {
                current.add(step);
                continue;
            }
            if (!current.isEmpty()) {
                groups.add(group(copy, current));
                current = new ArrayList<>();
            }
            if (change) {
                current.add(step);
            } else if (step.op() == Op.KEEP && step.format() != null) {
                groups.add(new Group(copy, step.at(), step.end(), List.of(step)));
            }
        }
        if (!current.isEmpty()) {
            groups.add(group(copy, current));
        }
        return groups;
    }

    private static boolean sameChangeAuthor(List<Step> current, Step step) {
        String author = current.get(0).change() == null ? null : current.get(0).change().author();
        String next = step.change() == null ? null : step.change().author();
        return Objects.equals(author, next);
    }

    private static Group group(int copy, List<Step> steps) {
        int start = steps.get(0).at();
        int end = steps.stream().mapToInt(Step::end).max().orElse(start);
        return new Group(copy, start, end, List.copyOf(steps));
    }

    /** Comment id to its base range [start, end]; a comment with only a reference mark sits at one point. */
    Map<String, int[]> commentRanges() {
        Map<String, int[]> ranges = new LinkedHashMap<>();
        for (Step step : steps) {
            switch (step.op()) {
                case COMMENT_START -> ranges.put(step.commentId(), new int[] {step.at(), -1});
                case COMMENT_END -> { int[] r = ranges.get(step.commentId()); if (r != null) r[1] = step.at(); }
                case COMMENT_POINT -> {
                    int[] r = ranges.computeIfAbsent(step.commentId(), id -> new int[] {step.at(), step.at()});
                    if (r[1] < 0) {
                        r[1] = step.at();
                    }
                }
                default -> { }
            }
        }
        ranges.values().forEach(r -> { if (r[1] < 0) r[1] = base.length(); });
        return ranges;
    }

    static boolean isChange(PieceKind kind) {
        return kind == PieceKind.INSERTED || kind == PieceKind.DELETED || kind == PieceKind.MOVED_FROM
                || kind == PieceKind.MOVED_TO;
    }
}
