package org.irm.report;

import org.irm.catalogue.Language;

/**
 * Something the secretariat must look at in a draft, such as an executive summary over its word
 * limit. Collected and shown, never thrown: the draft is written all the same.
 *
 * @param code    stable code ({@code summaryTooLong})
 * @param message in the draft's language, from {@code templates/i18n/}
 */
public record ReportFinding(String code, ReportKind kind, Language language, String message) {

    /** The code of an executive summary longer than its limit. */
    public static final String SUMMARY_TOO_LONG = "summaryTooLong";
}
