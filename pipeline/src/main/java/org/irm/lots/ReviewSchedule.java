package org.irm.lots;

import java.io.IOException;
import java.util.List;

/**
 * Where the reviews a draw creates are kept: the register's reviews ({@link RegisterHistory}) or
 * a history folder's CSV files ({@link HistoryFolder}). Recording a year's reviews again, after a
 * redraw, replaces that year's reviews of the mechanism and cycle.
 */
public interface ReviewSchedule {

    /**
     * Records the reviews of one draw, replacing earlier ones of the same mechanism, cycle and year.
     *
     * @param recordSha256 SHA-256 of the draw's record as written, so each review names the record it came from
     */
    void record(String mechanism, int cycle, int year, List<ScheduledReview> reviews, String recordSha256)
            throws IOException;
}
