package org.irm.stages;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.irm.config.TemplateSource;
import org.irm.lots.DrawPolicy;
import org.irm.lots.ReviewScheduler;
import org.irm.register.ReviewRecord;
import org.irm.register.Reviews;

/**
 * The one source of a review's deadlines: the mechanism's timeline ({@code timeline.<milestone>} in
 * {@code templates/lots/<instrument>.properties}) counted from the day of the draw, as the draw
 * recorded them in the register. The lots record's workbook, the register's reviews (and so the
 * reminders, the console and the report drafts) and the checklist's cover and mail all give the same
 * date. A review not drawn yet has the timeline counted from the day asked for.
 */
public final class ReviewTimeline {

    private final Reviews reviews;
    private final TemplateSource templates;

    public ReviewTimeline(Reviews reviews, TemplateSource templates) {
        this.reviews = reviews;
        this.templates = templates;
    }

    /**
     * When the milestone of the review is due: the register's date; for a review it does not hold
     * (or holds without that milestone), the instrument's timeline counted from {@code from}.
     *
     * @return empty when neither the register nor the timeline has the milestone
     * @throws IOException when the instrument's timeline cannot be read
     */
    public Optional<LocalDate> due(String reviewId, String instrument, String milestone, LocalDate from) throws IOException {
        Optional<LocalDate> registered = reviews.find(reviewId).flatMap((ReviewRecord review) -> review.due(milestone));
        if (registered.isPresent()) {
            return registered;
        }
        return Optional.ofNullable(ReviewScheduler.deadlines(DrawPolicy.shipped(templates, instrument), from).get(milestone));
    }

    /** The registered date of the milestone, if the register holds the review with it. */
    public Optional<LocalDate> registered(String reviewId, String milestone) {
        return reviews.find(reviewId).flatMap((ReviewRecord review) -> review.due(milestone));
    }
}
