package org.irm.register;

import java.util.Objects;

/**
 * How many contributors of one kind a State invited for one review, and how many of them answered
 * ({@code irm status}, {@code irm analysis}): standing invitations, those of them whose form came back
 * at least once (an accepted return, blank or not), and invitations the State withdrew.
 *
 * @param reviewId the review the contributors' forms belong to
 * @param kind     {@code civil-society}, {@code academia} or {@code private-sector}
 */
public record ContributorTally(String state, String reviewId, String kind, int invited, int returned, int withdrawn) {

    public ContributorTally {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(kind, "kind");
    }
}
