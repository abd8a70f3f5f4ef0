/**
 * Stage: the return desk: every returned file is archived, screened, identified, read, checked,
 * registered and answered (receipt, annotated copy or refusal), for checklists, review copies and
 * report drafts alike. May use the lower packages and the stages it drives ({@code screening},
 * {@code submission}, {@code report}).
 */
package org.irm.returns;
