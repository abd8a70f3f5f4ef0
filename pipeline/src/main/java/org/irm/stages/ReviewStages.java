package org.irm.stages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.irm.config.IrmConfig;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.Reviews;
import org.irm.register.StageMove;
import org.irm.tracking.ChecklistCompleteness;

/**
 * Moves reviews between the stages of the secretariat's list. Forward, a review must meet the
 * checks of every stage it reaches or passes; a check not met stops the move
 * ({@link StageRefused}, saying what is missing) unless it is forced with a reason, which is kept
 * with the move and logged. Back, nothing is checked (the secretariat corrects) and the move is
 * logged as going back. After a move every {@link StageListener} is told; one that fails does
 * not undo the move and is reported in the outcome.
 */
public final class ReviewStages {

    /** Longest reason kept with a move. */
    public static final int MAX_REASON = 2000;

    private final StageList list;
    private final Reviews reviews;
    private final Map<String, StageCheck> checks = new LinkedHashMap<>();
    private final List<StageListener> listeners;

    public ReviewStages(StageList list, Reviews reviews, List<StageCheck> checks, List<StageListener> listeners) {
        this.list = list;
        this.reviews = reviews;
        checks.forEach(check -> this.checks.put(check.name(), check));
        this.listeners = List.copyOf(listeners);
    }

    /** The stages of the configured templates over the register, with the checks the pipeline has. */
    public static ReviewStages from(IrmConfig config, Register register, Clock clock, List<StageListener> listeners) {
        List<StageCheck> checks = List.of(new ChecklistComplete(new ChecklistCompleteness(new MasterChecklists(register), config.templates())),
                new ReportDrafted(register.reportRecords()));
        StageList list = StageList.load(config.templates(), checks.stream().map(StageCheck::name)
                .collect(Collectors.toSet()));
        return new ReviewStages(list, register.reviews(clock), checks, listeners);
    }

    /** The stage list of the configured templates, checked against the checks the pipeline has. */
    public static StageList list(IrmConfig config) {
        return StageList.load(config.templates(), Set.of(ChecklistComplete.NAME, ReportDrafted.NAME));
    }

    /** The stage list in use. */
    public StageList list() {
        return list;
    }

    /** A move refused because checks were not met: each sentence says what is missing. */
    public static final class StageRefused extends RuntimeException {
        private final transient List<String> unmet;

        StageRefused(String message, List<String> unmet) {
            super(message);
            this.unmet = List.copyOf(unmet);
        }

        public List<String> unmet() {
            return unmet;
        }
    }

    /**
     * What a move did.
     *
     * @param overridden the checks not met that a forced move went past (empty otherwise)
     * @param failures   what listeners could not do after the move, one sentence each
     */
    public record Outcome(ReviewRecord review, ReviewStage from, ReviewStage to, boolean moved, boolean back,
                         List<String> overridden, List<String> failures) {
    }

    /**
     * The review a State's command means: the one named (which must be of that State), else the
     * State's latest.
     *
     * @throws IllegalArgumentException when there is none, or the named one is another State's
     */
    public ReviewRecord review(String iso3, String reviewId) {
        String state = iso3.trim().toUpperCase(Locale.ROOT);
        if (reviewId != null) {
            ReviewRecord review = reviews.find(reviewId).orElseThrow(() -> new IllegalArgumentException(
                    "No review '" + reviewId + "' in the register."));
            if (!review.stateUnderReview().equals(state)) {
                throw new IllegalArgumentException("Review " + reviewId + " is the review of "
                        + review.stateUnderReview() + ", not of " + state + ".");
            }
            return review;
        }
        return reviews.forStateUnderReview(state).stream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                "No review of " + state + " in the register: draw it (irm lots draw) or name it with --review."));
    }

    /**
     * Moves a review to a stage.
     *
     * @param force  go past checks not met; needs a reason
     * @param reason why (kept with the move and logged); required when forced, optional otherwise
     * @throws IllegalArgumentException when the stage is not in the list, or a forced move has no reason
     * @throws StageRefused             when a check is not met and the move is not forced
     */
    public Outcome advance(ReviewRecord review, String toCode, boolean force, String reason, String actor) {
        StageDefinition target = list.named(toCode);
        String why = reason == null ? null : reason.replaceAll("\\p{Cntrl}+", " ").strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new IllegalArgumentException("The reason has " + why.length() + " characters; keep it under "
                    + MAX_REASON + ".");
        }
        if (force && (why == null || why.isEmpty())) {
            throw new IllegalArgumentException("A forced move needs its reason: add --reason \"...\" (it is logged).");
        }
        ReviewStage from = review.stage();
        ReviewStage to = target.stage();
        if (from.equals(to)) {
            return new Outcome(review, from, to, false, false, List.of(), List.of());
        }
        int at = list.position(from);
        int goal = list.position(to);
        boolean back = at >= 0 && goal < at;
        List<String> unmet = back ? List.of() : unmet(review, at, goal);
        if (!unmet.isEmpty() && !force) {
            throw new StageRefused("Review " + review.id() + " cannot move from " + from.code() + " to " + to.code()
                    + ":\n  - " + String.join("\n  - ", unmet) + "\nOr force it: --force --reason \"...\" (the reason is"
                    + " logged).", unmet);
        }
        String note = back ? (why == null || why.isEmpty() ? "back" : "back: " + why) : why;
        ReviewRecord moved = reviews.moveStage(review.id(), to, actor, !unmet.isEmpty(), note);
        StageMove move = reviews.stageMoves(review.id()).stream().reduce((first, second) -> second).orElseThrow();
        List<String> failures = new ArrayList<>();
        for (StageListener listener : listeners) {
            try {
                listener.moved(moved, move);
            } catch (RuntimeException e) {
                failures.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return new Outcome(moved, from, to, true, back, unmet, failures);
    }

    /** What the checks of the stages after {@code at}, up to and including {@code goal}, find missing. */
    private List<String> unmet(ReviewRecord review, int at, int goal) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = Math.max(at + 1, 0); i <= goal; i++) {
            names.addAll(list.stages().get(i).checks());
        }
        List<String> unmet = new ArrayList<>();
        names.forEach(name -> unmet.addAll(checks.get(name).unmet(review)));
        return unmet;
    }
}
