package org.irm.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.irm.catalogue.Language;

/**
 * A review as the register holds it.
 *
 * @param reviewers in the order they are listed (first reviewers, then additional ones)
 * @param deadlines earliest first
 * @param draw      the drawing of lots that created it, or null when it was registered by hand
 */
public record ReviewRecord(String id, String stateUnderReview, String instrument, int cycle,
                           Language reviewLanguage, ReviewStage stage, List<ReviewerAssignment> reviewers,
                           List<Deadline> deadlines, Instant createdAt, ReviewDraw draw) {

    public ReviewRecord {
        reviewers = List.copyOf(reviewers);
        deadlines = List.copyOf(deadlines);
    }

    /** The codes of the reviewing States, in listed order. */
    public List<String> reviewingStates() {
        return reviewers.stream().map(ReviewerAssignment::reviewingState).collect(Collectors.toList());
    }

    /** The date a milestone is due, if the review has a deadline for it. */
    public Optional<LocalDate> due(String milestone) {
        return deadlines.stream().filter(d -> d.milestone().equals(milestone)).map(Deadline::due).findFirst();
    }
}
