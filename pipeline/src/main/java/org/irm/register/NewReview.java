package org.irm.register;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.irm.catalogue.Language;

/**
 * A review as handed to {@link Reviews#create}: the State under review, the instrument and cycle,
 * the review's language, its stage, its reviewing States, its deadlines, and the draw that created
 * it (null when registered by hand).
 *
 * @param id               the review id; {@link #defaultId} gives the one {@code irm checklist}
 *                         seals into a checklist when no {@code --review-id} is given
 * @param stateUnderReview ISO 3166 alpha-3 code
 * @param instrument       the mechanism's instrument ({@code uncac}, {@code untoc}), as in the checklist identity
 * @param reviewers        in the order they are listed (first reviewers, then additional ones)
 * @param deadlines        at most one per milestone
 * @param draw             the draw that created the review, or null
 */
public record NewReview(String id, String stateUnderReview, String instrument, int cycle, Language reviewLanguage,
                        ReviewStage stage, List<ReviewerAssignment> reviewers, List<Deadline> deadlines,
                        ReviewDraw draw, Instant createdAt) {

    /** Longest review id the register stores. */
    public static final int MAX_ID_LENGTH = 100;

    public NewReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stateUnderReview, "stateUnderReview");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(reviewLanguage, "reviewLanguage");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(createdAt, "createdAt");
        reviewers = List.copyOf(reviewers);
        deadlines = List.copyOf(deadlines);
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("A review id has 1 to " + MAX_ID_LENGTH + " characters: '" + id + "'");
        }
        if (cycle < 1) {
            throw new IllegalArgumentException("The cycle is numbered from 1, not " + cycle);
        }
        Set<String> seen = new HashSet<>();
        for (ReviewerAssignment reviewer : reviewers) {
            if (reviewer.reviewingState().equals(stateUnderReview)) {
                throw new IllegalArgumentException(stateUnderReview + " cannot review itself (review " + id + ")");
            }
            if (!seen.add(reviewer.reviewingState())) {
                throw new IllegalArgumentException(reviewer.reviewingState() + " is listed twice as reviewing State of "
                        + id + ": give it once with every instrument it reviews");
            }
        }
        Set<String> milestones = new HashSet<>();
        for (Deadline deadline : deadlines) {
            if (!milestones.add(deadline.milestone())) {
                throw new IllegalArgumentException("Review " + id + " has two deadlines for " + deadline.milestone());
            }
        }
    }

    /**
     * The review id a checklist carries when none is given: {@code <instrument>-<cycle>-<ISO3>},
     * for example {@code uncac-2-NOR} (the same as {@code irm checklist} writes).
     */
    public static String defaultId(String instrument, int cycle, String stateUnderReview) {
        return instrument.toLowerCase(Locale.ROOT) + "-" + cycle + "-" + stateUnderReview.toUpperCase(Locale.ROOT);
    }

    /** A review with the default id, for the common case. */
    public static NewReview of(String stateUnderReview, String instrument, int cycle, Language reviewLanguage,
                               ReviewStage stage, List<ReviewerAssignment> reviewers, List<Deadline> deadlines,
                               ReviewDraw draw, Instant createdAt) {
        return new NewReview(defaultId(instrument, cycle, stateUnderReview), stateUnderReview, instrument, cycle,
                reviewLanguage, stage, reviewers, deadlines, draw, createdAt);
    }
}
