package org.irm.notice;

import java.util.Locale;

/** The kinds of message the pipeline sends of its own accord: five reminders, three notifications. */
public enum NoticeKind {
    /** The State under review's self-assessment checklist is due. */
    SELF_ASSESSMENT(true),
    /** A reviewing State's comments (its returned review copy) are due. */
    REVIEWER_COMMENTS(true),
    /** The State's reply to the draft country report is due. */
    DRAFT_REPLY(true),
    /** The State's follow-up update is due before a session of the Implementation Review Group. */
    FOLLOW_UP(true),
    /**
     * The State's answers to a question list of the written dialogue are awaited: reminded once per period
     * after the list was written, not before a deadline ({@link ReminderPolicy.Rule#everyDays}).
     */
    QUESTION_LIST(true),
    /** The State's checklist is complete: a reviewing State gets its review copy. */
    REVIEW_COPY(false),
    /** Every reviewer's copy is in: the secretariat may merge them. */
    MERGE_READY(false),
    /** The draft country report is written: the State is told it is ready. */
    DRAFT_READY(false);

    private final boolean reminder;

    NoticeKind(boolean reminder) {
        this.reminder = reminder;
    }

    /** The word used in the policy file, the register and the output: {@code self-assessment}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for a reminder of a deadline, false for a notification of a step done. */
    public boolean reminder() {
        return reminder;
    }

    /**
     * The mail template's name: {@code reminder} for the reminders of a review's deadlines,
     * {@code reminder-question-list} for a question list's, {@code notify-<kind>} for a notification.
     */
    public String template() {
        return this == QUESTION_LIST ? "reminder-" + code() : reminder ? "reminder" : "notify-" + code();
    }

    /** The kind with this code, or an error naming the codes. */
    public static NoticeKind ofCode(String code) {
        for (NoticeKind kind : values()) {
            if (kind.code().equals(code.trim())) {
                return kind;
            }
        }
        StringBuilder known = new StringBuilder();
        for (NoticeKind kind : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(kind.code());
        }
        throw new IllegalArgumentException("'" + code + "' is not a kind of reminder or notification; the kinds are " + known);
    }
}
