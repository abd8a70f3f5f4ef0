package org.irm.submission;

import java.util.Objects;
import java.util.Optional;
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
    private final transient Optional<ChecklistIdentity> claimed;

    /** A refusal of a file that carries no identity a State's language can be read from (answered in the unidentified languages). */
    public ReturnRefused(Refusal refusal) {
        this(refusal, Optional.empty());
    }

    /** @param claimed the identity the file carries, for the language of the answer */
    public ReturnRefused(Refusal refusal, ChecklistIdentity claimed) {
        this(refusal, Optional.of(claimed));
    }

    private ReturnRefused(Refusal refusal, Optional<ChecklistIdentity> claimed) {
        super(Objects.requireNonNull(refusal, "refusal").code() + ": " + refusal.message());
        this.refusal = refusal;
        this.claimed = claimed;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The identity the file carries, when it carries one. */
    public Optional<ChecklistIdentity> claimed() {
        return claimed;
    }
}
