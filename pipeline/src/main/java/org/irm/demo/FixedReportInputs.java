package org.irm.demo;

import java.util.List;
import java.util.Optional;
import org.irm.catalogue.StateNames;
import org.irm.report.ReportInputs;
import org.irm.report.ReviewFacts;
import org.irm.report.ReviewerNote;
import org.irm.report.StateAnswers;

/**
 * Report inputs given whole: one review, the State's answers and the reviewers' notes, as read
 * from files (irm report --answers, --notes), built by the demo, or by tests; the States' names in
 * each language are CLDR's unless given ({@link #named}).
 */
public record FixedReportInputs(ReviewFacts review, StateAnswers answers, List<ReviewerNote> notes,
                                StateNames stateNames) implements ReportInputs {
    public FixedReportInputs {
        notes = List.copyOf(notes);
    }

    public FixedReportInputs(ReviewFacts review, StateAnswers answers, List<ReviewerNote> notes) {
        this(review, answers, notes, StateNames.CLDR);
    }

    /** The same inputs with the States' names of a States list ({@code StateList.names()}). */
    public FixedReportInputs named(StateNames names) {
        return new FixedReportInputs(review, answers, notes, names);
    }

    @Override
    public Optional<ReviewFacts> review(String state) {
        return review.state().equalsIgnoreCase(state) ? Optional.of(review) : Optional.empty();
    }

    @Override
    public StateAnswers answers(ReviewFacts facts) {
        return answers;
    }

    @Override
    public List<ReviewerNote> notes(ReviewFacts facts) {
        return notes;
    }
}
