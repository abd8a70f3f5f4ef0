package org.irm.report;

import java.util.List;
import java.util.Optional;
import org.irm.catalogue.State;
import org.irm.catalogue.StateNames;

/**
 * Everything a report is drafted from, as other parts of the pipeline keep it: the review's facts
 * (from the lots and reviews), the State's current answers (from intake) and the reviewers' notes
 * (from the merged review copies). Implementations only read; the same inputs must always give
 * the same values in the same order, because a report's bytes follow from them.
 */
public interface ReportInputs {

    /** The current review of a State (ISO3), or empty when the register knows none. */
    Optional<ReviewFacts> review(String state);

    /** The State's current answers for the review; empty values when it has not answered yet. */
    StateAnswers answers(ReviewFacts review);

    /** The reviewers' notes of the review, in a stable order (provision, then as recorded). */
    List<ReviewerNote> notes(ReviewFacts review);

    /**
     * The States' names in each language, as the drafts print them; by default CLDR's (ICU4J), with
     * the names of {@link ReviewFacts} kept where CLDR has none.
     */
    default StateNames stateNames() {
        return StateNames.CLDR;
    }

    /**
     * The State as the States list has it (which instruments it is party to), so that a UNTOC report
     * leaves out the Protocols it is not party to; by default unknown, and the catalogue is drawn whole.
     */
    default Optional<State> state(String iso3) {
        return Optional.empty();
    }
}
