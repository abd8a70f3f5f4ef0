package org.irm.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.register.DialogueRecords;
import org.irm.register.FocalPoints;
import org.irm.register.ReviewRecord;
import org.irm.register.Reviews;

/**
 * Finds the reminders due on a day: for each deadline the register knows and the policy reminds of,
 * the reminder of the offset reached ({@link ReminderPolicy.Rule#dueOffset}), to each recipient the
 * policy names, while the awaited return is not in; and for each review whose question list of the
 * written dialogue is unanswered, the reminder of the period reached since it was written
 * ({@link ReminderPolicy.Rule#periodStart}). Pure reading: it sends nothing.
 */
public final class ReminderPlanner {

    private final ReminderPolicy policy;
    private final IrgSessions sessions;
    private final Reviews reviews;
    private final FocalPoints focalPoints;
    private final ReviewerContacts reviewers;
    private final ReturnsIn returns;
    private final Secretariat secretariat;
    private final QuestionListsAwaited lists;

    ReminderPlanner(ReminderPolicy policy, IrgSessions sessions, Reviews reviews, FocalPoints focalPoints,
                    ReviewerContacts reviewers, ReturnsIn returns, Secretariat secretariat, QuestionListsAwaited lists) {
        this.lists = lists;
        this.policy = policy;
        this.sessions = sessions;
        this.reviews = reviews;
        this.focalPoints = focalPoints;
        this.reviewers = reviewers;
        this.returns = returns;
        this.secretariat = secretariat;
    }

    /** The reminders due on the day, and who could not be reminded (nobody registered to write to). */
    public NoticePlan due(LocalDate date) {
        NoticePlan plan = new NoticePlan(new ArrayList<>(), new ArrayList<>());
        List<ReviewRecord> all = reviews.all();
        for (ReviewRecord review : all) {
            selfAssessment(review, date, plan);
            reviewerComments(review, date, plan);
            draftReply(review, date, plan);
            questionList(review, date, plan);
        }
        followUp(all, date, plan);
        return plan;
    }

    private void selfAssessment(ReviewRecord review, LocalDate date, NoticePlan plan) {
        Due due = due(NoticeKind.SELF_ASSESSMENT, review, date);
        if (due == null) {
            return;
        }
        List<String> shares = returns.sharesAwaited(review);
        if (shares.isEmpty()) {
            return;
        }
        String awaited = review.stateUnderReview() + "'s self-assessment checklist (" + review.id()
                + "): not every part returned without findings (awaited: " + String.join(", ", shares) + ")";
        addStateRecipients(plan, due, review, review.stateUnderReview(), awaited, "");
    }

    private void reviewerComments(ReviewRecord review, LocalDate date, NoticePlan plan) {
        Due due = due(NoticeKind.REVIEWER_COMMENTS, review, date);
        if (due == null || review.reviewers().isEmpty() || returns.completeChecklist(review).isEmpty()) {
            // No comments are awaited before the reviewers have the whole checklist to comment on.
            return;
        }
        Set<String> in = returns.reviewCopiesIn(review);
        for (String reviewer : review.reviewingStates()) {
            if (in.contains(reviewer)) {
                continue;
            }
            String awaited = reviewer + "'s comments on " + review.stateUnderReview() + " (" + review.id()
                    + "): its review copy has not come back";
            for (Audience audience : due.rule().to()) {
                if (audience == Audience.REVIEWERS) {
                    List<Recipient> contacts = reviewers.of(review.id(), reviewer);
                    if (contacts.isEmpty()) {
                        plan.unreachable().add(NoticeKind.REVIEWER_COMMENTS.code() + " " + review.id() + ": no expert or "
                                + "focal point of the reviewing State " + reviewer + " is registered");
                    }
                    contacts.forEach(c -> plan.notices().add(notice(due, review, reviewer, c, awaited, "")));
                } else if (audience == Audience.SECRETARIAT) {
                    plan.notices().add(notice(due, review, reviewer, secretariat.recipient(), awaited, ""));
                } else {
                    focalPoints.list(review.stateUnderReview()).forEach(p -> plan.notices().add(notice(due, review,
                            reviewer, new Recipient(p.email(), p.name(), p.language(), Audience.FOCAL_POINTS), awaited, "")));
                }
            }
        }
    }

    private void draftReply(ReviewRecord review, LocalDate date, NoticePlan plan) {
        Due due = due(NoticeKind.DRAFT_REPLY, review, date);
        if (due == null || returns.firstDraft(review).isEmpty() || returns.draftAnswered(review)) {
            // No reply is awaited to a draft not yet written.
            return;
        }
        String awaited = review.stateUnderReview() + "'s reply to the draft report (" + review.id()
                + "): no edited draft has come back";
        addStateRecipients(plan, due, review, review.stateUnderReview(), awaited, "");
    }

    /**
     * The State's answers to its latest question list, once per period after the list was written (the list's
     * date is the notice's deadline, the period's start its offset), in the recipient's language, else the
     * list's; not once the review's report is final.
     */
    private void questionList(ReviewRecord review, LocalDate date, NoticePlan plan) {
        ReminderPolicy.Rule rule = policy.rule(NoticeKind.QUESTION_LIST);
        if (rule == null || ReviewSteps.finished(review)) {
            return;
        }
        Optional<QuestionListsAwaited.Awaited> awaited = lists.of(review);
        if (awaited.isEmpty()) {
            return;
        }
        DialogueRecords.QuestionList list = awaited.get().list();
        LocalDate written = LocalDate.ofInstant(list.issuedAt(), ZoneOffset.UTC);
        Integer period = rule.periodStart(ChronoUnit.DAYS.between(written, date));
        if (period == null) {
            return;
        }
        String what = review.stateUnderReview() + "'s answers to the question list " + list.fileName() + " ("
                + review.id() + "), written on " + written + ": " + awaited.get().open() + " of its "
                + awaited.get().questions() + " questions unanswered";
        addStateRecipients(plan, new Due(NoticeKind.QUESTION_LIST, rule, written, period), review,
                review.stateUnderReview(), what, list.fileName(), list.language());
    }

    /** Follow-up: per State, its latest review whose report is final, reminded before each session of the Group. */
    private void followUp(List<ReviewRecord> all, LocalDate date, NoticePlan plan) {
        ReminderPolicy.Rule rule = policy.rule(NoticeKind.FOLLOW_UP);
        if (rule == null) {
            return;
        }
        Map<String, ReviewRecord> latestCompleted = new LinkedHashMap<>();
        all.stream().filter(ReviewSteps::finished)
                .sorted(Comparator.comparing(ReviewRecord::cycle).thenComparing(ReviewRecord::createdAt))
                .forEach(r -> latestCompleted.put(r.stateUnderReview(), r));
        for (IrgSessions.Session session : sessions.sessions()) {
            Integer offset = rule.dueOffset(ChronoUnit.DAYS.between(session.date(), date), policy.windowDays());
            if (offset == null) {
                continue;
            }
            LocalDate previous = sessions.previous(session.date());
            Instant since = previous == null ? Instant.EPOCH : previous.atStartOfDay(ZoneOffset.UTC).toInstant();
            for (ReviewRecord review : latestCompleted.values()) {
                if (returns.followUpSince(review, since)) {
                    continue;
                }
                String awaited = review.stateUnderReview() + "'s follow-up update on " + review.id() + " before "
                        + session.name() + " (" + session.date() + "): none received since "
                        + (previous == null ? "the review was completed" : "the session of " + previous);
                addStateRecipients(plan, new Due(NoticeKind.FOLLOW_UP, rule, session.date(), offset), review,
                        review.stateUnderReview(), awaited, session.name());
            }
        }
    }

    private void addStateRecipients(NoticePlan plan, Due due, ReviewRecord review, String subject, String awaited,
                                    String occasion) {
        addStateRecipients(plan, due, review, subject, awaited, occasion, review.reviewLanguage());
    }

    /** @param fallback the language of recipients who registered none */
    private void addStateRecipients(NoticePlan plan, Due due, ReviewRecord review, String subject, String awaited,
                                    String occasion, Language fallback) {
        for (Audience audience : due.rule().to()) {
            if (audience == Audience.SECRETARIAT) {
                plan.notices().add(notice(due, review, subject, secretariat.recipient(), awaited, occasion, fallback));
            } else if (audience == Audience.FOCAL_POINTS) {
                var points = focalPoints.list(review.stateUnderReview());
                if (points.isEmpty()) {
                    plan.unreachable().add(due.kind().code() + " " + review.id() + ": no focal point of "
                            + review.stateUnderReview() + " is registered (irm focal-points add)");
                }
                points.forEach(p -> plan.notices().add(notice(due, review, subject,
                        new Recipient(p.email(), p.name(), p.language(), Audience.FOCAL_POINTS), awaited, occasion,
                        fallback)));
            }
        }
    }

    private Notice notice(Due due, ReviewRecord review, String subject, Recipient recipient, String awaited,
                          String occasion) {
        return notice(due, review, subject, recipient, awaited, occasion, review.reviewLanguage());
    }

    private Notice notice(Due due, ReviewRecord review, String subject, Recipient recipient, String awaited,
                          String occasion, Language fallback) {
        Language language = recipient.language() == null ? fallback : recipient.language();
        return new Notice(due.kind(), review.id(), review.stateUnderReview(), subject, due.deadline(), due.offset(),
                recipient, language, awaited, occasion);
    }

    private Due due(NoticeKind kind, ReviewRecord review, LocalDate date) {
        ReminderPolicy.Rule rule = policy.rule(kind);
        if (rule == null) {
            return null;
        }
        Optional<LocalDate> deadline = review.due(rule.milestone());
        if (deadline.isEmpty()) {
            return null;
        }
        Integer offset = rule.dueOffset(ChronoUnit.DAYS.between(deadline.get(), date), policy.windowDays());
        return offset == null ? null : new Due(kind, rule, deadline.get(), offset);
    }

    private record Due(NoticeKind kind, ReminderPolicy.Rule rule, LocalDate deadline, int offset) { }
}
