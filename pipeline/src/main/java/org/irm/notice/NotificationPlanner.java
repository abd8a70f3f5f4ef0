package org.irm.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.ReviewRecord;
import org.irm.register.Reviews;

/**
 * Finds the notifications due from what the register holds: a State's checklist complete (each
 * reviewing State whose copy has not come back gets its review copy), every reviewer's copy in (the
 * secretariat may merge), a draft report written (the State is told). State-based: a notification
 * stays due until it is recorded as sent, so a stop between a fact and its message loses nothing.
 * Review copies and the merge notice go only while the review is before the draft-report stage,
 * the draft notice until the review is completed.
 */
public final class NotificationPlanner {

    private final Reviews reviews;
    private final FocalPoints focalPoints;
    private final ReviewerContacts reviewers;
    private final ReturnsIn returns;
    private final Secretariat secretariat;

    public NotificationPlanner(Reviews reviews, FocalPoints focalPoints, ReviewerContacts reviewers, ReturnsIn returns,
                               Secretariat secretariat) {
        this.reviews = reviews;
        this.focalPoints = focalPoints;
        this.reviewers = reviewers;
        this.returns = returns;
        this.secretariat = secretariat;
    }

    /** Every notification the register's facts call for (sent ones included: the sender skips them by key). */
    public NoticePlan due() {
        NoticePlan plan = new NoticePlan(new ArrayList<>(), new ArrayList<>());
        for (ReviewRecord review : reviews.all()) {
            if (review.reviewers().isEmpty()) {
                continue;
            }
            // A review that has gone past a step is not notified of it: reviews completed before these
            // notifications existed, or moved on by hand, get no review copies or merge notice years late.
            boolean reviewing = ReviewSteps.beforeDraftReport(review);
            Set<String> copiesIn = returns.reviewCopiesIn(review);
            if (reviewing && returns.completeChecklist(review).isPresent()) {
                for (String reviewer : review.reviewingStates()) {
                    if (copiesIn.contains(reviewer)) {
                        continue;
                    }
                    List<Recipient> contacts = reviewers.of(review.id(), reviewer);
                    if (contacts.isEmpty()) {
                        plan.unreachable().add(NoticeKind.REVIEW_COPY.code() + " " + review.id() + ": no expert or focal "
                                + "point of the reviewing State " + reviewer + " is registered");
                    }
                    for (Recipient contact : contacts) {
                        plan.notices().add(notice(NoticeKind.REVIEW_COPY, review, reviewer, contact,
                                review.stateUnderReview() + "'s checklist is complete: review copy for " + reviewer));
                    }
                }
            }
            if (reviewing && copiesIn.containsAll(review.reviewingStates())) {
                plan.notices().add(notice(NoticeKind.MERGE_READY, review, review.stateUnderReview(),
                        secretariat.recipient(), "every reviewer's copy of " + review.id() + " is in: "
                                + String.join(", ", review.reviewingStates())));
            }
            if (!ReviewSteps.finished(review) && returns.firstDraft(review).isPresent()) {
                List<FocalPoint> points = focalPoints.list(review.stateUnderReview());
                if (points.isEmpty()) {
                    plan.unreachable().add(NoticeKind.DRAFT_READY.code() + " " + review.id() + ": no focal point of "
                            + review.stateUnderReview() + " is registered (irm focal-points add)");
                }
                for (FocalPoint point : points) {
                    plan.notices().add(notice(NoticeKind.DRAFT_READY, review, review.stateUnderReview(),
                            new Recipient(point.email(), point.name(), point.language(), Audience.FOCAL_POINTS),
                            "the draft report of " + review.id() + " is written"));
                }
            }
        }
        return plan;
    }

    private static Notice notice(NoticeKind kind, ReviewRecord review, String subject, Recipient recipient,
                                 String what) {
        Language language = recipient.language() == null ? review.reviewLanguage() : recipient.language();
        return new Notice(kind, review.id(), review.stateUnderReview(), subject, null, 0, recipient, language, what, "");
    }
}
