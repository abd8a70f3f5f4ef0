package org.irm.docx;

import java.util.Objects;

/**
 * A file refused, with the reason's code (for scripts and the register) and a sentence, in
 * English, that tells the sender what the file is and what to do instead. The reply words it in
 * the sender's language where {@code templates/mail/reasons_<lang>.properties} has the code.
 * Screening, the return desk and every return handler refuse with this one type.
 */
public record Refusal(RefusalReason reason, String message) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** The reason's code ({@code NOT_WORD}, {@code BAD_SEAL}, {@code FOREIGN_STATE}...). */
    public String code() {
        return reason.code();
    }
}
