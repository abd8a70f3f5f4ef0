package org.irm.register;

import java.time.Instant;
import java.util.Objects;
import org.irm.catalogue.FieldId;
import org.irm.identity.ChecklistIdentity;

/**
 * One thing a reviewer said in a returned review copy: an observation, good practice or
 * recommendation written in the reviewer's fields, a comment or reply, or a tracked change.
 *
 * @param reviewId       the review (from the copy's sealed identity)
 * @param state          the State under review (ISO3)
 * @param reviewingState who reviewed: the reviewing State's ISO3 code, or {@code "secretariat"}
 *                       ({@link ChecklistIdentity#SECRETARIAT})
 * @param author         the author the file names (Word's user name), or null when it names none
 * @param provisionId    the provision it sits in, e.g. {@code uncac.9.1.a}; null outside every provision
 * @param field          the field it sits in: a State's answer field ({@code uncac.9.1.a/compliance}) or
 *                       a reviewer field ({@code uncac.9.1.a/reviewObservation}); null when between fields
 * @param kind           what it is
 * @param text           the note's text: the field's text, the comment's text, or the inserted, deleted
 *                       or moved text (empty for a change of formatting or of a paragraph mark)
 * @param markId         the comment's or tracked change's id in the file (w:id); null for reviewer fields
 * @param parentMarkId   for a reply: the mark id of the comment it answers; else null
 * @param fileSha256     the sha256 of the review copy it came from (the archived original)
 * @param notedAt        the date the file gives it (w:date), else when the copy was received
 */
public record ReviewerNote(String reviewId, String state, String reviewingState, String author, String provisionId,
                           FieldId field, NoteKind kind, String text, String markId, String parentMarkId,
                           String fileSha256, Instant notedAt) {
    public ReviewerNote {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reviewingState, "reviewingState");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(notedAt, "notedAt");
        if (provisionId == null && field != null) {
            provisionId = field.provisionId();
        }
    }
}
