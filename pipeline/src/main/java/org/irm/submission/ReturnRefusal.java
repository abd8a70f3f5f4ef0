package org.irm.submission;

import java.util.Objects;

/**
 * Why the desk does not take a file: a stable code for scripts and the register
 * ({@code NOT_WORD}, {@code BAD_SEAL}, {@code FOREIGN_STATE}...) and a sentence, in English, that
 * tells the sender what is wrong and what to do. The reply words it in the sender's language
 * where {@code templates/mail/reasons_<lang>.properties} has the code.
 */
public record ReturnRefusal(String code, String message) {

    /** The file carries no identity the desk knows: not a checklist (or review copy) the secretariat issued. */
    public static final String UNKNOWN_IDENTITY = "UNKNOWN_IDENTITY";
    /** The file carries our identity, but it cannot be read. */
    public static final String UNREADABLE_IDENTITY = "UNREADABLE_IDENTITY";
    /** The identity's seal does not verify, or its two copies disagree: edited by hand or forged. */
    public static final String BAD_SEAL = "BAD_SEAL";
    /** The checklist belongs to another State than the sender's, or than the folder's. */
    public static final String FOREIGN_STATE = "FOREIGN_STATE";
    /** A reviewer's copy where a State's checklist was expected (the reviews folder or address takes those). */
    public static final String REVIEW_COPY = "REVIEW_COPY";
    /** A review copy whose seal holds but whose content cannot be read: damaged, or not laid out as issued. */
    public static final String UNREADABLE_REVIEW_COPY = "UNREADABLE_REVIEW_COPY";
    /** The sender's address is not registered as a focal point of any State. */
    public static final String UNKNOWN_SENDER = "UNKNOWN_SENDER";

    public ReturnRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
