package org.irm.register;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an item's status history: what was reported, by whom, when, from which file.
 *
 * @param status       a status code, or "" when the State left it unanswered
 * @param reportedBy   the sender's address, the State (a folder), or the secretariat's user
 * @param sourceName   the file's name as received ({@code irm} for an entry made by hand)
 * @param sourceSha256 the file's sha256, or null
 * @param returnId     the follow-up return it came in, or null
 */
public record FollowUpStatus(long id, String itemId, Long returnId, String status, String reportedBy, Instant reportedAt,
                             String sourceName, String sourceSha256, String measures, String evidence, String taNeeded,
                             List<FollowUpStep> steps) {
    public FollowUpStatus {
        steps = List.copyOf(steps);
    }
}
