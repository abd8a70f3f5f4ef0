package org.irm.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irm.catalogue.FieldId;
import org.irm.docx.Comment;
import org.irm.docx.Revision;
import org.irm.docx.RevisionType;
import org.irm.docx.TrackedParagraph.Change;
import org.irm.docx.TrackedParagraph.Piece;
import org.irm.docx.TrackedParagraph.PieceKind;
import org.irm.docx.TrackedParagraph;
import org.irm.register.NoteKind;
import org.irm.register.ReviewerNote;

/**
 * Everything a returned copy holds as reviewer notes: each reviewer field's text, each comment and
 * reply, each tracked change (insertion, deletion, move, formatting, paragraph marks), attributed
 * to the copy's reviewer and the author the file names, anchored to provision and field. Changes
 * the positional reading cannot place (in headers, table rows) are still taken from the reader's
 * full list, so none is lost.
 */
final class CopyNotes {

    private final CopyLayout layout;

    CopyNotes(CopyLayout layout) {
        this.layout = layout;
    }

    List<ReviewerNote> of(ReturnedCopy copy, Instant receivedAt) {
        Builder notes = new Builder(copy, receivedAt);
        Map<String, ReturnedCopy.Region> commentPlaces = new HashMap<>();
        for (ReturnedCopy.Region region : copy.regions()) {
            Optional<NoteKind> reviewerKind = Optional.ofNullable(region.field()).flatMap(ReviewerFields::kindOf);
            if (reviewerKind.isPresent()) {
                reviewerField(notes, region, reviewerKind.get());
            } else {
                changes(notes, region);
            }
            for (TrackedParagraph paragraph : region.paragraphs()) {
                for (Piece piece : paragraph.pieces()) {
                    if (piece.commentId() != null && (piece.kind() == PieceKind.COMMENT_START
                            || !commentPlaces.containsKey(piece.commentId()))) {
                        commentPlaces.putIfAbsent(piece.commentId(), region);
                    }
                }
            }
        }
        Map<String, Comment> byId = new HashMap<>();
        copy.reading().comments().forEach(c -> byId.put(c.id(), c));
        for (Comment comment : copy.reading().comments()) {
            ReturnedCopy.Region place = commentPlaces.get(comment.id());
            Comment thread = comment;
            while (place == null && thread.parentId() != null && byId.containsKey(thread.parentId())) {
                thread = byId.get(thread.parentId());
                place = commentPlaces.get(thread.id());
            }
            notes.add(comment.author(), place == null ? null : place.provisionId(), place == null ? null : place.field(),
                    NoteKind.COMMENT, comment.text(), comment.id(), comment.parentId(), comment.date());
        }
        for (Revision revision : copy.reading().revisions()) {
            if (!notes.changeIds.contains(key(revision.id(), revision.type(), revision.author()))) {
                FieldId field = revision.anchor().bookmarks().stream().map(layout::field).flatMap(Optional::stream)
                        .reduce((a, b) -> b).orElse(null);
                if (field != null && ReviewerFields.kindOf(field).isPresent()) {
                    continue;
                }
                notes.add(revision.author(), field == null ? null : field.provisionId(), field, kindOf(revision),
                        revision.text(), revision.id(), null, revision.date());
            }
        }
        return notes.notes;
    }

    /** A change as both readers see it: ids alone may repeat across kinds in files from other tools. */
    private static String key(Change change) {
        return key(change.id(), change.type(), change.author());
    }

    private static String key(String id, RevisionType type, String author) {
        return id + "\u0000" + type + "\u0000" + author;
    }

    private static NoteKind kindOf(Revision revision) {
        return switch (revision.type()) {
            case INSERTION -> NoteKind.INSERTION;
            case DELETION -> NoteKind.DELETION;
            case MOVE_FROM -> NoteKind.MOVE_FROM;
            case MOVE_TO -> NoteKind.MOVE_TO;
            case FORMATTING -> NoteKind.FORMATTING;
        };
    }

    /** The reviewer's text as accepted; its author is the one who typed it (the changes inside name them). */
    private static void reviewerField(Builder notes, ReturnedCopy.Region region, NoteKind kind) {
        StringBuilder text = new StringBuilder();
        String author = null;
        String date = null;
        for (TrackedParagraph paragraph : region.paragraphs()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            for (Piece piece : paragraph.pieces()) {
                if (piece.kind() == PieceKind.KEPT || piece.kind() == PieceKind.INSERTED || piece.kind() == PieceKind.MOVED_TO) {
                    text.append(piece.text());
                }
                if (piece.change() != null) {
                    notes.changeIds.add(key(piece.change()));
                    author = author == null ? piece.change().author() : author;
                    date = piece.change().date() == null ? date : piece.change().date();
                }
            }
            if (paragraph.markChange() != null) {
                notes.changeIds.add(key(paragraph.markChange()));
            }
        }
        String value = text.toString().strip();
        if (!value.isEmpty()) {
            notes.add(author, region.provisionId(), region.field(), kind, value, null, null, date);
        }
    }

    /** One note per tracked change, its text gathered over the pieces it spans. */
    private static void changes(Builder notes, ReturnedCopy.Region region) {
        Map<Change, StringBuilder> texts = new IdentityHashMap<>();
        List<Change> order = new ArrayList<>();
        for (TrackedParagraph paragraph : region.paragraphs()) {
            for (Piece piece : paragraph.pieces()) {
                for (Change change : new Change[] {piece.change(), piece.format()}) {
                    if (change != null) {
                        texts.computeIfAbsent(change, c -> { order.add(c); return new StringBuilder(); }).append(piece.text());
                    }
                }
            }
            for (Change change : new Change[] {paragraph.markChange(), paragraph.formatChange()}) {
                if (change != null) {
                    texts.computeIfAbsent(change, c -> { order.add(c); return new StringBuilder(); });
                }
            }
        }
        for (Change change : order) {
            NoteKind kind = switch (change.type()) {
                case INSERTION -> NoteKind.INSERTION;
                case DELETION -> NoteKind.DELETION;
                case MOVE_FROM -> NoteKind.MOVE_FROM;
                case MOVE_TO -> NoteKind.MOVE_TO;
                case FORMATTING -> NoteKind.FORMATTING;
            };
            notes.changeIds.add(key(change));
            notes.add(change.author(), region.provisionId(), region.field(), kind,
                    kind == NoteKind.FORMATTING ? "" : texts.get(change).toString(), change.id(), null, change.date());
        }
    }

    /** Word's w:date: ISO 8601, with or without its zone (then UTC); else the time the copy came in. */
    static Instant date(String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return fallback;
            }
        }
    }

    private static final class Builder {
        final ReturnedCopy copy;
        final Instant receivedAt;
        final List<ReviewerNote> notes = new ArrayList<>();
        final Set<String> changeIds = new HashSet<>();

        Builder(ReturnedCopy copy, Instant receivedAt) {
            this.copy = copy;
            this.receivedAt = receivedAt;
        }

        void add(String author, String provisionId, FieldId field, NoteKind kind, String text, String markId,
                 String parentMarkId, String date) {
            notes.add(new ReviewerNote(copy.identity().reviewId(), copy.identity().state(), copy.reviewer(), author,
                    provisionId, field, kind, text == null ? "" : text, markId, parentMarkId, copy.sha256(),
                    date(date, receivedAt)));
        }
    }
}
