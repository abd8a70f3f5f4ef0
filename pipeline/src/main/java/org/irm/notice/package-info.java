/**
 * Reminders and notifications (issue 14, points 6 and 7): the messages the pipeline sends of its own
 * accord. Reminders are set before and after each deadline the register knows (self-assessment
 * due, reviewers' comments due, the State's reply to the draft report, follow-up updates before
 * each session of the Implementation Review Group) by a policy the secretariat edits
 * ({@code templates/reminders/policy.properties}), and go only while the awaited return is not in;
 * a question list of the written dialogue is reminded of once per period while it is unanswered;
 * notifications follow register facts (a checklist complete: review copies to the reviewers; every
 * reviewer's copy in: the merge is ready; a draft report written: the State is told). Both are
 * derived from the register's state, claimed there under a unique key before they are put in the
 * mail queue, and so go once across restarts, a kill and several instances.
 *
 * <p>What "the checklist is complete" means is {@code tracking}'s ({@link
 * org.irm.tracking.ChecklistCompleteness}: every provision of the catalogue back), as for the stage
 * check; the self-assessment reminder alone waits per share issued ({@link
 * org.irm.notice.ReturnsIn#sharesAwaited}).
 *
 * <p>A stage: it may use the lower packages ({@code config}, {@code catalogue}, {@code identity},
 * {@code register}, {@code mail}, {@code tracking}) and the {@code review} stage (review copies are written as {@code irm review-copy}
 * writes them, with {@code contributors}' section of the input the State shared with reviewers). No Camel type: {@code intake} wires {@link org.irm.notice.NoticeDesk} to a timer.
 */
package org.irm.notice;
