package org.irm.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules for recording a draw (or its redraw) over the reviews already registered, decided
 * without a database: which reviews are created, which keep their id, stage, language and creation
 * time but get the draw's reviewers, deadlines and record, and which an earlier run of the same
 * draw created and this run leaves out (withdrawn, while still at {@link ReviewStage#DRAWN}).
 * {@link Reviews#recordDraw} reads what is registered, asks for the plan and carries it out in one
 * transaction, with each step's event. Times come from the injected clock.
 */
public final class DrawPlan {

    /** One thing to do to the register, with the event that says it. */
    public sealed interface Step permits Create, Replace, Withdraw {
        Event event();
    }

    /** A review not registered yet. */
    public record Create(NewReview review, Event event) implements Step {
    }

    /** A registered review whose reviewers, deadlines or draw record change. */
    public record Replace(NewReview review, ReviewRecord before, Event event) implements Step {
    }

    /** A review an earlier run of the draw created and this one no longer contains. */
    public record Withdraw(ReviewRecord review, Event event) implements Step {
    }

    private final Clock clock;

    public DrawPlan(Clock clock) {
        this.clock = clock;
    }

    /**
     * The steps, withdrawals first.
     *
     * @param reviews    every review of the draw, each with its {@link NewReview#draw()} set
     * @param registered the registered review with the id of each of {@code reviews}, where there is one
     * @param earlier    the reviews registered for this instrument, cycle and year by a draw
     * @throws IllegalArgumentException when a review is not of this draw, was drawn for another
     *                                  year already, or a review to be withdrawn has moved past
     *                                  {@link ReviewStage#DRAWN}
     */
    public List<Step> plan(String instrument, int cycle, int year, List<NewReview> reviews,
                           Map<String, ReviewRecord> registered, List<ReviewRecord> earlier, String actor) {
        for (NewReview review : reviews) {
            if (!review.instrument().equals(instrument) || review.cycle() != cycle || review.draw() == null
                    || review.draw().year() != year) {
                throw new IllegalArgumentException("Review " + review.id() + " is not of the " + instrument
                        + " draw of cycle " + cycle + " for " + year);
            }
        }
        Instant now = clock.instant();
        List<String> ids = reviews.stream().map(NewReview::id).collect(Collectors.toList());
        List<Step> steps = new ArrayList<>();
        for (ReviewRecord review : earlier) {
            if (ids.contains(review.id())) {
                continue;
            }
            if (!ReviewStage.DRAWN.equals(review.stage())) {
                throw new IllegalArgumentException("Review " + review.id() + " was drawn for " + year
                        + " and is at stage " + review.stage().code() + ": a new draw cannot leave it out");
            }
            steps.add(new Withdraw(review, Event.of(now, actor, "review.withdrawn", review.id(),
                    review.draw().recordSha256(), "no longer in the draw " + review.draw().name())));
        }
        for (NewReview review : reviews) {
            ReviewRecord existing = registered.get(review.id());
            if (existing == null) {
                steps.add(new Create(review, Event.of(review.createdAt(), actor, "review.created", review.id(),
                        review.draw().recordSha256(), describe(review))));
            } else if (existing.draw() != null && existing.draw().year() != year) {
                throw new IllegalArgumentException("Review " + review.id() + " was drawn for "
                        + existing.draw().year() + " (" + existing.draw().name()
                        + "): a State is reviewed once in a cycle");
            } else if (!sameDraw(existing, review)) {
                steps.add(new Replace(review, existing, Event.of(now, actor, "review.drawn", review.id(),
                        review.draw().recordSha256(), "reviewers " + reviewerList(existing.reviewers()) + " now "
                                + reviewerList(review.reviewers()) + " (" + review.draw().name() + ")")));
            }
        }
        return steps;
    }

    private static boolean sameDraw(ReviewRecord existing, NewReview review) {
        return existing.reviewers().equals(review.reviewers()) && existing.deadlines().equals(sorted(review.deadlines()))
                && review.draw().equals(existing.draw());
    }

    /** Deadlines as the register reads them back: earliest first, then by milestone. */
    static List<Deadline> sorted(List<Deadline> deadlines) {
        List<Deadline> copy = new ArrayList<>(deadlines);
        copy.sort((a, b) -> a.due().equals(b.due()) ? a.milestone().compareTo(b.milestone()) : a.due().compareTo(b.due()));
        return copy;
    }

    /** The sentence a review's creation is logged with. */
    static String describe(NewReview review) {
        return review.stateUnderReview() + " under review (" + review.instrument() + ", cycle " + review.cycle()
                + "), reviewing States " + reviewerList(review.reviewers())
                + (review.draw() == null ? "" : ", drawn in " + review.draw().name());
    }

    private static String reviewerList(List<ReviewerAssignment> reviewers) {
        return reviewers.isEmpty() ? "none yet" : reviewers.stream()
                .map(r -> r.reviewingState() + " (" + r.role() + ")").collect(Collectors.joining(", "));
    }
}
