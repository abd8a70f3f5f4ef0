package org.irm.notice;

import java.time.LocalDate;
import java.util.Objects;
import org.irm.catalogue.Language;
import org.irm.register.NoticeKey;

/**
 * One reminder or notification found due: what it is about, who gets it in which language, and why.
 *
 * @param state      the State under review
 * @param subject    the State the notice is about: the reviewing State for a reviewer's reminder or
 *                   review copy, else the State under review
 * @param deadline   the date reminded of (a session's first day for follow-up), null for a notification
 * @param offsetDays the policy's offset from the deadline (0 for a notification)
 * @param language   the language the message is written in (the recipient's, else the review's)
 * @param awaited    what is awaited or what happened, in English, for the secretariat's list
 * @param occasion   the Group's session for a follow-up reminder, the question list's file name for a
 *                   question-list reminder, else empty
 */
public record Notice(NoticeKind kind, String reviewId, String state, String subject, LocalDate deadline, int offsetDays,
                     Recipient recipient, Language language, String awaited, String occasion) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        occasion = occasion == null ? "" : occasion;
    }

    /** The key it is sent once under. */
    public NoticeKey key() {
        return new NoticeKey(kind.code(), reviewId, subject, deadline == null ? NoticeKey.NO_DEADLINE : deadline.toString(),
                offsetDays, recipient.email());
    }

    /** The day the reminder is set for (deadline plus offset), or null for a notification. */
    public LocalDate remindOn() {
        return deadline == null ? null : deadline.plusDays(offsetDays);
    }
}
