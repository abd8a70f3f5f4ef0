package org.irm.submission;

import org.irm.submission.screening.Check;

/**
 * One reason a returned checklist may not be taken in (its seal, its sender, its folder). A check
 * only looks at the candidate, never changes anything, and answers with a refusal whose code and
 * sentence are its own, or empty when it has no objection.
 */
public interface ChecklistCheck extends Check<ChecklistReturn> {
}
