package org.irm.register;

import java.time.Instant;
import org.irm.catalogue.Language;

/**
 * A reminder or notification as the register holds it.
 *
 * @param instance   the pipeline instance that claimed it
 * @param queuedAt   when it was put in the mail queue, or null while that is still to be done
 * @param attachment the file attached (its path), or null
 */
public record NoticeRecord(NoticeKey key, Language language, String instance, Instant claimedAt, Instant queuedAt,
                           String attachment) {

    public boolean queued() {
        return queuedAt != null;
    }
}
