package org.irm.register;

import java.time.Instant;

/**
 * A contributor's text on one provision, as one return of its form carried it.
 *
 * @param version            the return's version among its form's returns (1, 2, ...)
 * @param sharedWithReviewers whether the State agreed to show this provision's input to reviewers
 */
public record ContributorInput(Contributor contributor, String formId, String reviewId, String provisionId, String text,
                               long submissionId, int version, Instant receivedAt, boolean sharedWithReviewers) {
}
