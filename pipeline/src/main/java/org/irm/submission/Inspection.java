package org.irm.submission;

import java.util.Optional;
import org.irm.docx.Refusal;

/** The result of inspecting a file: either a report or the reason it cannot be read. */
public final class Inspection {

    private final Refusal refusal;
    private final InspectionReport report;

    private Inspection(Refusal refusal, InspectionReport report) {
        this.refusal = refusal;
        this.report = report;
    }

    public static Inspection refused(Refusal refusal) {
        return new Inspection(refusal, null);
    }

    public static Inspection read(InspectionReport report) {
        return new Inspection(null, report);
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    public Optional<InspectionReport> report() {
        return Optional.ofNullable(report);
    }
}
