package org.irm.register;

import java.time.Instant;

/**
 * A review whose State was issued a checklist (the whole or an agency's share) and has returned
 * none yet: no accepted return of any part.
 *
 * @param checklistsIssued how many checklists the register issued for the review
 * @param lastIssuedAt     when the latest of them was issued
 */
public record AwaitedReturn(String reviewId, String state, int checklistsIssued, Instant lastIssuedAt) {
}
