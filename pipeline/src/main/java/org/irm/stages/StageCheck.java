package org.irm.stages;

import java.util.List;
import org.irm.register.ReviewRecord;

/**
 * A condition a review must meet to reach a stage, named in the stage list
 * ({@code <stage>.checks}). Reads the register only; never changes anything.
 */
public interface StageCheck {

    /** The name the stage list uses, such as {@code checklist-complete}. */
    String name();

    /**
     * What is missing, in sentences the secretariat can act on (what, and how to get it); empty
     * when the review meets the check.
     */
    List<String> unmet(ReviewRecord review);
}
