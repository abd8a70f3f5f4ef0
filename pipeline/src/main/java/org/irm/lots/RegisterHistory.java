package org.irm.lots;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.irm.catalogue.Language;
import org.irm.register.Deadline;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewDraw;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;

/**
 * The register as the draw's history and as the place its reviews go.
 *
 * <p>A draw creates one review per State under review, with the id {@code irm checklist} seals
 * into its checklist ({@link NewReview#defaultId}), its reviewing States (a first reviewer
 * reviews the primary instrument and every further one it is party to; an additional reviewer
 * the instruments it was drawn for), its deadlines and the draw's name and record digest. Its
 * review language starts as English until the parties agree one
 * ({@link org.irm.register.Reviews#setReviewLanguage}).
 *
 * <p>Read back for the next draw, each review gives the same reviewer parts a history folder
 * would hold: a first reviewer once for the primary instrument, an additional reviewer once per
 * instrument; the year is the draw's (for a review registered by hand, the year it was created).
 * An executive summary counts as published on the day its review last reached
 * {@link ReviewStage#FINAL}, while the review stands there or at {@link ReviewStage#FOLLOW_UP}
 * (moved back to a draft, it is not published).
 */
public final class RegisterHistory implements ReviewHistory, ReviewSchedule {

    /** Who the register names as having recorded a draw's reviews. */
    public static final String ACTOR = "secretariat";

    private final Register register;
    private final Clock clock;

    public RegisterHistory(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public List<PastReview> reviews(String mechanism) {
        List<PastReview> parts = new ArrayList<>();
        for (ReviewRecord review : register.reviews().forInstrument(mechanism)) {
            int year = review.draw() != null ? review.draw().year()
                    : review.createdAt().atZone(ZoneOffset.UTC).getYear();
            for (ReviewerAssignment reviewer : review.reviewers()) {
                List<String> instruments = reviewer.additional() ? reviewer.instruments()
                        : reviewer.instruments().subList(0, 1);
                for (String instrument : instruments) {
                    parts.add(new PastReview(mechanism, review.cycle(), year, review.stateUnderReview(),
                            reviewer.reviewingState(), instrument));
                }
            }
        }
        return parts;
    }

    /** Only the reviews a draw created: a review registered by hand is not replaced by drawing its year. */
    @Override
    public List<PastReview> drawnIn(String mechanism, int cycle, int year) {
        List<PastReview> parts = new ArrayList<>();
        for (ReviewRecord review : register.reviews().forInstrument(mechanism)) {
            if (review.draw() == null || review.cycle() != cycle || review.draw().year() != year) {
                continue;
            }
            for (ReviewerAssignment reviewer : review.reviewers()) {
                List<String> instruments = reviewer.additional() ? reviewer.instruments()
                        : reviewer.instruments().subList(0, 1);
                for (String instrument : instruments) {
                    parts.add(new PastReview(mechanism, cycle, year, review.stateUnderReview(),
                            reviewer.reviewingState(), instrument));
                }
            }
        }
        return parts;
    }

    @Override
    public Map<String, LocalDate> executiveSummaries(String mechanism, int cycle) {
        Map<String, LocalDate> published = new TreeMap<>();
        for (ReviewRecord review : register.reviews().forInstrument(mechanism)) {
            boolean standing = review.stage().equals(ReviewStage.FINAL) || review.stage().equals(ReviewStage.FOLLOW_UP);
            if (review.cycle() != cycle || !standing) {
                continue;
            }
            register.reviews().reached(review.id(), ReviewStage.FINAL).ifPresent(at ->
                    published.put(review.stateUnderReview(), at.atZone(ZoneOffset.UTC).toLocalDate()));
        }
        return published;
    }

    @Override
    public void record(String mechanism, int cycle, int year, List<ScheduledReview> reviews, String recordSha256) {
        ReviewDraw draw = new ReviewDraw(DrawResult.name(mechanism, cycle, year), year, recordSha256);
        List<NewReview> drawn = new ArrayList<>();
        for (ScheduledReview review : reviews) {
            List<Deadline> deadlines = new ArrayList<>();
            review.deadlines().forEach((milestone, due) -> deadlines.add(new Deadline(milestone, due)));
            drawn.add(NewReview.of(review.underReview(), mechanism, cycle, Language.EN, ReviewStage.DRAWN,
                    reviewers(review), deadlines, draw, clock.instant()));
        }
        register.reviews().recordDraw(mechanism, cycle, year, drawn, ACTOR);
    }

    /** One assignment per reviewing State, in drawn order, with every instrument it reviews. */
    static List<ReviewerAssignment> reviewers(ScheduledReview review) {
        Map<String, List<Pairing>> byReviewer = new LinkedHashMap<>();
        for (Pairing p : review.pairings()) {
            byReviewer.computeIfAbsent(p.reviewer(), k -> new ArrayList<>()).add(p);
        }
        List<ReviewerAssignment> reviewers = new ArrayList<>();
        for (List<Pairing> parts : byReviewer.values()) {
            Pairing first = parts.get(0);
            List<String> instruments = new ArrayList<>();
            if (first.additional()) {
                parts.forEach(p -> instruments.add(p.instrument()));
            } else {
                // By adherence, not by box: an entity in no group has two reviewers in the same box,
                // and only the one not party to a Protocol is complemented for it.
                instruments.addAll(review.firstReviewerInstruments(first.reviewer()));
            }
            reviewers.add(new ReviewerAssignment(first.reviewer(), DrawRecordJson.name(first.role()), instruments,
                    first.additional()));
        }
        return reviewers;
    }
}
