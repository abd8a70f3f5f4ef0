package org.irm.register;

import java.util.Locale;
import java.util.Objects;

/**
 * What makes a reminder or notification the same message however often it is found due: the
 * register holds each key once ({@code notice}'s unique constraint), so a message goes once across
 * restarts, a kill and several instances.
 *
 * @param kind       {@code self-assessment}, {@code reviewer-comments}, ... (the notice's kind code)
 * @param reviewId   the review it is about
 * @param subject    the State it is about: the reviewing State for a reviewer's reminder, else the
 *                   State under review
 * @param deadline   the date reminded of (ISO-8601), or {@link #NO_DEADLINE} for a notification
 * @param offsetDays days from the deadline the reminder is set at (negative before it), 0 for a notification
 * @param recipient  the address, compared in lower case
 */
public record NoticeKey(String kind, String reviewId, String subject, String deadline, int offsetDays,
                        String recipient) {

    /** The deadline of a notification, which has none. */
    public static final String NO_DEADLINE = "-";

    public NoticeKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(deadline, "deadline");
        recipient = FocalPoint.normalise(Objects.requireNonNull(recipient, "recipient"));
        subject = subject.toUpperCase(Locale.ROOT);
    }

    /** The key as one line of text (the mail queue names the message after it). */
    public String text() {
        return "notice\n" + kind + "\n" + reviewId + "\n" + subject + "\n" + deadline + "\n" + offsetDays + "\n" + recipient;
    }
}
