package org.irm.demo;

import java.util.List;
import java.util.Optional;
import org.irm.report.ReportInputs;
import org.irm.report.ReviewFacts;
import org.irm.report.ReviewerNote;
import org.irm.report.StateAnswers;

/**
 * Report inputs given whole: one review, the State's answers and the reviewers' notes, as read
 * from files (irm report --answers, --notes), built by the demo, or by tests.
 */
public record FixedReportInputs(ReviewFacts review, StateAnswers answers, List<ReviewerNote> notes) implements ReportInputs {
    public FixedReportInputs {
        notes = List.copyOf(notes);
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
