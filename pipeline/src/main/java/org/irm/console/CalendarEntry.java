package org.irm.console;

import java.time.LocalDate;

/**
 * One dated step of a review on the calendar: a deadline the register holds for it.
 *
 * @param milestone the deadline's name as the review's timeline spells it ({@code selfAssessment}, ...)
 * @param visit     true for the country visit or joint meeting ({@code countryDialogue}), which the
 *                  public calendar shows
 */
public record CalendarEntry(LocalDate date, String state, String name, String reviewId, String milestone, boolean visit) {
}
