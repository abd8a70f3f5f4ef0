package org.irm.register;

import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * What intake learnt about a received file beyond V1's submission columns, registered in the same
 * transaction as the submission.
 *
 * @param state       the State the file was identified as, or null when it could not be identified
 * @param reviewId    the review of its identity, or null
 * @param part        {@code whole} or {@code agency:<name>}, or null
 * @param language    the language its answer is worded in
 * @param reasonCode  the refusal's code ({@code NOT_WORD}, {@code BAD_SEAL}...), null when accepted
 * @param folderState the per-State folder it was dropped in, or null
 * @param messageId   the Message-ID of the e-mail it came attached to, or null: its answer is queued and
 *                    threaded by it, also when a crash leaves the answer to be given on start
 */
public record IntakeFacts(String state, String reviewId, String part, Language language, String reasonCode,
                          String folderState, String messageId) {
    public IntakeFacts {
        Objects.requireNonNull(language, "language");
    }

    /** Facts of a file that did not come by e-mail. */
    public IntakeFacts(String state, String reviewId, String part, Language language, String reasonCode,
                       String folderState) {
        this(state, reviewId, part, language, reasonCode, folderState, null);
    }
}
