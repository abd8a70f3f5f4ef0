/**
 * Stage: country reports: the report model, FreeMarker rendering, drafting and the Word package
 * assembly, and edits taken back from returned drafts ({@link org.irm.report.ReportDraftReturns},
 * the desk's handler for drafts). May use the lower packages, {@code checklist} and
 * {@code submission} (the desk's handler interface and answers).
 */
package org.irm.report;
