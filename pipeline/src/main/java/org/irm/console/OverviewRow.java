package org.irm.console;

import java.time.Instant;
import java.util.List;

/**
 * One State in the overview: its latest review and where it stands.
 *
 * @param stage      the review's stage code
 * @param stageLabel the stage's name in the viewer's language
 * @param completion percent of the catalogue's provisions that have come back (answered or with findings)
 * @param findings   provisions whose latest answers carry findings
 * @param overdue    the milestones past their date whose awaited return is not in ({@code selfAssessment}, ...)
 * @param lastReturn the last accepted return, or null before the first
 * @param dialogue   where the review's written dialogue stands: for the parties of the review alone
 *                   ({@link AccessPolicy#maySeeDialogue}), whoever else sees the row
 */
public record OverviewRow(String state, String name, String reviewId, String stage, String stageLabel, int provisions,
                          int answered, int findings, int missing, int completion, List<String> overdue, Instant lastReturn,
                          DialogueCounts dialogue) {
    public OverviewRow {
        overdue = List.copyOf(overdue);
    }
}
