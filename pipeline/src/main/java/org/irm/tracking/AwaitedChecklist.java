package org.irm.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A State that was issued a checklist for a review and has returned none yet.
 *
 * @param name             the State's name in the States list (its code when the list does not have it)
 * @param checklistsIssued how many checklists (the whole, agencies' shares) were issued for the review
 * @param lastIssuedAt     when the latest was issued
 * @param deadline         the review's self-assessment deadline in the register, or null when it has none
 */
public record AwaitedChecklist(String state, String name, String reviewId, int checklistsIssued, Instant lastIssuedAt,
                               LocalDate deadline) {
}
