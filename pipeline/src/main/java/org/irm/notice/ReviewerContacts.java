package org.irm.notice;

import java.util.List;

/**
 * Who receives a reviewing State's messages for one review (its review copy, the reminders of its
 * comments). An interface because the experts register ({@code register/ReviewExperts}) is being
 * added beside this package: {@link FocalPointsOfReviewers} stands in until then.
 */
public interface ReviewerContacts {

    /**
     * The contacts of one reviewing State for one review; empty when none is registered.
     *
     * @param reviewingState ISO3 code
     */
    List<Recipient> of(String reviewId, String reviewingState);
}
