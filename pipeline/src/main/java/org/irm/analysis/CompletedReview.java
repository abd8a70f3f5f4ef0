package org.irm.analysis;

import java.time.LocalDate;

/**
 * A review whose report is final (its executive summary completed), as the analysis counts it.
 *
 * @param completedOn the day it last reached the final stage (UTC)
 */
public record CompletedReview(String reviewId, String state, String stateName, String regionalGroup, int cycle,
                              LocalDate completedOn) {

    /** Completed on or before the day. */
    public boolean completedBy(LocalDate day) {
        return !completedOn.isAfter(day);
    }
}
