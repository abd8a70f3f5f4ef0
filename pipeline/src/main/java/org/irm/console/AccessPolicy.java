package org.irm.console;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.irm.register.PublishedSummary;
import org.irm.register.ReviewRecord;
import org.irm.register.Reviews;

/**
 * Who may see what: the one place the console decides it. Every route, page, download and JSON
 * endpoint asks here; nothing else in the console compares a user's State with a State's data.
 *
 * <ul>
 *   <li>the secretariat sees every State, the audit log and the users;</li>
 *   <li>a focal point sees its own State only;</li>
 *   <li>an expert sees the States under review in the reviews where its (reviewing) State is drawn.</li>
 * </ul>
 *
 * Without login, only what the mechanism publishes: the calendar of country visits, when the
 * secretariat publishes it ({@code irm.console.public.calendar}), and the executive summaries the
 * secretariat published, each draft by an explicit act on the console ({@code published_summary}),
 * until it withdraws it. A summary is never public by its review's stage alone, and a later draft of
 * a published summary is not public until it is published itself: what is shown is what the
 * secretariat looked at.
 *
 * <p>The recommendation tracker and the map follow the States a user may see; the technical-assistance
 * and outcomes analyses are the secretariat's alone ({@link #maySeeAnalyses}).
 *
 * <p>A State a user may not see is answered as if it did not exist, so asking reveals nothing.
 */
public final class AccessPolicy {

    private final Reviews reviews;
    private final boolean publicCalendar;

    public AccessPolicy(Reviews reviews, boolean publicCalendar) {
        this.reviews = reviews;
        this.publicCalendar = publicCalendar;
    }

    /** Whether anyone, logged in or not, may see the calendar of country visits. */
    public boolean calendarIsPublic() {
        return publicCalendar;
    }

    /** Whether the viewer may see this State's page, data and documents. */
    public boolean maySee(Viewer viewer, String iso3) {
        if (iso3 == null) {
            return false;
        }
        return switch (viewer.role()) {
            case SECRETARIAT -> true;
            case FOCAL_POINT -> iso3.equals(viewer.state());
            case EXPERT -> reviewedBy(viewer).contains(iso3);
        };
    }

    /** The States of {@code candidates} the viewer may see, in their order. */
    public Set<String> visible(Viewer viewer, Collection<String> candidates) {
        Set<String> visible = new LinkedHashSet<>();
        Set<String> reviewed = viewer.role() == Role.EXPERT ? reviewedBy(viewer) : Set.of();
        for (String iso3 : candidates) {
            boolean allowed = switch (viewer.role()) {
                case SECRETARIAT -> true;
                case FOCAL_POINT -> iso3.equals(viewer.state());
                case EXPERT -> reviewed.contains(iso3);
            };
            if (allowed) {
                visible.add(iso3);
            }
        }
        return visible;
    }

    /** The audit log is the secretariat's. */
    public boolean maySeeAuditLog(Viewer viewer) {
        return viewer.secretariat();
    }

    /**
     * The TA-needs and outcomes analyses are the secretariat's: they set every State's needs and the
     * outcomes of every review side by side, with codings the secretariat has not yet confirmed, and
     * the mechanism makes them public only through the secretariat's note to the Conference. A State's
     * user sees its own recommendations and their follow-up on the tracker instead.
     */
    public boolean maySeeAnalyses(Viewer viewer) {
        return viewer.secretariat();
    }

    /** Publishing an executive summary (and withdrawing it) is the secretariat's decision. */
    public boolean mayPublishSummaries(Viewer viewer) {
        return viewer.secretariat();
    }

    /** Whether a summary draft may be shown without login: exactly while the secretariat has it published. */
    public boolean summaryIsPublic(Optional<PublishedSummary> published) {
        return published.isPresent();
    }

    /**
     * The written dialogue of a review (issue 18: questions, answers) is confidential to the parties of
     * that review: the secretariat, the focal points of the State under review and the experts of the
     * States drawn to review it in that very review (not of a State that reviewed it in another cycle).
     */
    public boolean maySeeDialogue(Viewer viewer, ReviewRecord review) {
        if (review == null) {
            return false;
        }
        return switch (viewer.role()) {
            case SECRETARIAT -> true;
            case FOCAL_POINT -> review.stateUnderReview().equals(viewer.state());
            case EXPERT -> review.reviewingStates().contains(viewer.state());
        };
    }

    /** The States under review in the reviews where the expert's State is drawn. */
    private Set<String> reviewedBy(Viewer viewer) {
        Set<String> states = new LinkedHashSet<>();
        for (ReviewRecord review : reviews.reviewedBy(viewer.state())) {
            states.add(review.stateUnderReview());
        }
        return states;
    }
}
