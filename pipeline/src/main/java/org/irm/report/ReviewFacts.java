package org.irm.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.irm.catalogue.Language;

/**
 * What a report says about the review itself: the State under review, who reviewed it, under
 * which instrument and cycle, in which language and when.
 *
 * @param reviewId        the review's id, such as {@code uncac-2-KEN}
 * @param state           ISO 3166 alpha-3 code of the State under review
 * @param stateName       its name as the States list gives it (in English; {@link #named} gives it in a language)
 * @param reviewLanguage  the language of the review (the State's answers are in it)
 * @param stage           the review's stage as the register keeps it, or empty
 * @param dates           dated steps of the review (checklist deadline, country visit...), in order
 */
public record ReviewFacts(String reviewId, String state, String stateName, String instrument, int cycle,
                          Language reviewLanguage, String stage, List<ReviewingState> reviewingStates,
                          List<ReviewDate> dates) {
    public ReviewFacts {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(reviewLanguage, "reviewLanguage");
        stage = stage == null ? "" : stage;
        reviewingStates = List.copyOf(reviewingStates);
        dates = List.copyOf(dates);
    }

    /**
     * The same facts with the names of the State under review and of its reviewers as {@code names}
     * gives them (a language's names); a name it does not know stays as it is.
     */
    public ReviewFacts named(Function<String, Optional<String>> names) {
        return new ReviewFacts(reviewId, state, names.apply(state).orElse(stateName), instrument, cycle, reviewLanguage,
                stage, reviewingStates.stream().map(r -> new ReviewingState(r.iso3(), names.apply(r.iso3()).orElse(r.name()),
                r.role())).toList(), dates);
    }

    /**
     * A State that reviews, with its role.
     *
     * @param role the box it was drawn from, worded through {@code report.role.<role>} ({@code same-group},
     *             {@code global}, {@code other-group}, as the drawing of lots names them); any other
     *             text (a reviewer registered by hand) is shown as it is
     */
    public record ReviewingState(String iso3, String name, String role) { }

    /**
     * One dated step of the review.
     *
     * @param step the milestone, worded through {@code report.date.<step>} ({@code focalPoint},
     *             {@code selfAssessment}, {@code deskReview}, {@code countryDialogue}, {@code draftReport},
     *             {@code executiveSummary}, as the mechanism's timeline names them); any other name is shown as it is
     */
    public record ReviewDate(String step, LocalDate date) { }
}
