/**
 * Tracking: where each State stands, read from the register. Today the checklist's progress
 * ({@link org.irm.tracking.ChecklistTracker}): per provision answered, with findings or missing
 * ({@link org.irm.tracking.ProvisionProgress}), the last return received, the versions of each part,
 * the fields two agencies answered differently, each answered field's history and what reviewers
 * left per provision ({@link org.irm.tracking.ChecklistProgress}). Read-only: it records nothing.
 * It may use {@code register} and {@code catalogue} (and the other lower packages), never a stage;
 * the commands and the demo show what it finds.
 */
package org.irm.tracking;
