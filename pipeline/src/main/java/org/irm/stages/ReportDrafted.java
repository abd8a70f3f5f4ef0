package org.irm.stages;

import java.util.List;
import org.irm.register.ReportRecords;
import org.irm.register.ReviewRecord;

/** {@code report-draft}: a country review report has been drafted for the review ({@code irm report}). */
public final class ReportDrafted implements StageCheck {

    /** The name in the stage list. */
    public static final String NAME = "report-draft";
    /** The kind of draft that counts: the country review report (not the executive summary alone). */
    static final String REPORT = "report";

    private final ReportRecords reports;

    public ReportDrafted(ReportRecords reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> unmet(ReviewRecord review) {
        boolean drafted = reports.drafts(review.id()).stream().anyMatch(d -> REPORT.equals(d.kind()));
        return drafted ? List.of() : List.of("No report draft has been written for review " + review.id()
                + ": draft it with irm report --state " + review.stateUnderReview() + ".");
    }
}
