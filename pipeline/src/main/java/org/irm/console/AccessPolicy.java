package org.irm.console;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * secretariat publishes it ({@code irm.console.public.calendar}).
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

    /** The States under review in the reviews where the expert's State is drawn. */
    private Set<String> reviewedBy(Viewer viewer) {
        Set<String> states = new LinkedHashSet<>();
        for (ReviewRecord review : reviews.reviewedBy(viewer.state())) {
            states.add(review.stateUnderReview());
        }
        return states;
    }
}
