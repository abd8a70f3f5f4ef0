/**
 * Stage: country reports: the report model, FreeMarker rendering, drafting and the Word package
 * assembly, and edits taken back from returned drafts. May use the lower packages and {@code checklist}.
 */
package org.irm.report;
