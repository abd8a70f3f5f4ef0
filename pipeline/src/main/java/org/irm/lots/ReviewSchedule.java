package org.irm.lots;

import java.io.IOException;
import java.util.List;

/**
 * Where the reviews a draw creates are kept (the register's review rows, later). Recording a
 * year's reviews again, after a redraw, replaces that year's reviews of the mechanism and cycle.
 */
public interface ReviewSchedule {

    /** Records the reviews of one draw, replacing earlier ones of the same mechanism, cycle and year. */
    void record(String mechanism, int cycle, int year, List<ScheduledReview> reviews) throws IOException;
}
