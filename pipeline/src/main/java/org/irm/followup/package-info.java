/**
 * Stage: after the report (issue 14). When a review's report is final its recommendations, good
 * practices and technical-assistance needs become tracked items ({@link org.irm.followup.FinalReportTracking});
 * States report on them in sealed Word follow-up forms ({@link org.irm.followup.FollowUpForms}) that come
 * back through the return desk ({@link org.irm.followup.FollowUpReturns}); the tracker and the action
 * plans ({@link org.irm.followup.Tracker}, {@link org.irm.followup.ActionPlans}) are written from what
 * the register then holds. Storage is {@code register.Recommendations}.
 *
 * <p>May use the lower packages ({@code config}, {@code catalogue}, {@code docx}, {@code identity},
 * {@code register}, {@code mail}) and the stage it builds on: {@code submission} (the desk's handler
 * contract and its checks of seal, sender and folder; reading answers from content controls). No
 * other stage may be used from here but {@code checklist} (its never-overwriting file names), so the
 * review stages can call
 * {@link org.irm.followup.FinalReportTracking} without a cycle.
 */
package org.irm.followup;
