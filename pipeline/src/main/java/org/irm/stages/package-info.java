/**
 * Stage: where a review stands and how it moves on. The stage list the secretariat edits
 * ({@code templates/review/stages.properties}: codes, order, labels in six languages, checks),
 * the checks a review must meet to reach a stage (the State's checklist complete, a report
 * drafted), the move itself (forward with checks or forced with a reason, back freely, always
 * logged) and {@link org.irm.stages.StageListener}s told after a move (the follow-up's tracking of
 * a final report's recommendations), and the review's timeline ({@link org.irm.stages.ReviewTimeline}:
 * the one source of its deadlines). May use the lower packages ({@code config}, {@code catalogue},
 * {@code register}), {@code tracking} (how a checklist's progress is counted) and {@code lots} (the
 * mechanism's timeline, as the draw counts it).
 */
package org.irm.stages;
