package org.irm.notice;

import java.util.List;
import org.irm.register.FocalPoints;

/** A reviewing State's contacts for a review: its registered focal points, in their languages. */
public final class FocalPointsOfReviewers implements ReviewerContacts {

    private final FocalPoints focalPoints;

    public FocalPointsOfReviewers(FocalPoints focalPoints) {
        this.focalPoints = focalPoints;
    }

    @Override
    public List<Recipient> of(String reviewId, String reviewingState) {
        return focalPoints.list(reviewingState).stream()
                .map(p -> new Recipient(p.email(), p.name(), p.language(), Audience.REVIEWERS)).toList();
    }
}
