package org.irm.submission;

import java.util.Objects;
import org.irm.docx.Refusal;
import org.irm.identity.ChecklistIdentity;

/**
 * Thrown by a {@link ReturnHandler} that recognised a file but refuses it, before registering
 * anything, when the handler cannot reach the desk's {@link Rejections} itself (a handler built
 * outside this package, such as the reviews' and the report drafts'): the desk registers and answers the refusal, with
 * its code and sentence, exactly as its own. A file refused so is never taken again and again.
 */
public final class ReturnRefused extends RuntimeException {

    private final transient Refusal refusal;
    private final transient ChecklistIdentity claimed;

    /** @param claimed the identity the file carries, for the language of the answer; null when none */
    public ReturnRefused(Refusal refusal, ChecklistIdentity claimed) {
        super(Objects.requireNonNull(refusal, "refusal").code() + ": " + refusal.message());
        this.refusal = refusal;
        this.claimed = claimed;
    }

    public Refusal refusal() {
        return refusal;
    }

    public ChecklistIdentity claimed() {
        return claimed;
    }
}
