package org.irm.report;

import java.util.Arrays;

/** The two documents drafted for a review, each from its own template under {@code templates/report/}. */
public enum ReportKind {
    /** The full draft country review report, in the blueprint's structure. */
    REPORT("report"),
    /** The executive summary, held to a word limit. */
    SUMMARY("summary");

    private final String code;

    ReportKind(String code) {
        this.code = code;
    }

    /** As spelled on the command line, in file names and in the register. */
    public String code() {
        return code;
    }

    /** The body template, such as {@code report/report.ftl}. */
    public String template() {
        return "report/" + code + ".ftl";
    }

    public static ReportKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown report kind '" + code + "': use report or summary"));
    }
}
