package org.irm.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irm.register.DialogueQuestion;

/**
 * Where the written dialogue of one review stands (issue 18), as the overview's JSON and the State page count
 * it: the questions asked, the question lists that carried them to the State, how many the State answered and
 * how many still wait, and since when the oldest of those waits. Shown only to the parties of the review
 * ({@link AccessPolicy#maySeeDialogue}).
 *
 * @param lists            the question lists written that carried its questions
 * @param unanswered       the questions without an answer yet, sent or not
 * @param notSent          of those, the ones no list has carried yet
 * @param oldestUnanswered when the oldest question without an answer was asked, or null when every one is answered
 */
public record DialogueCounts(String reviewId, int questions, int lists, int answered, int unanswered, int notSent,
                             Instant oldestUnanswered) {

    /** The review's counts from its questions (each with the lists that carried it and its answers). */
    static DialogueCounts of(String reviewId, List<DialogueQuestion> questions) {
        Set<String> lists = new LinkedHashSet<>();
        int answered = 0;
        int notSent = 0;
        Instant oldest = null;
        for (DialogueQuestion question : questions) {
            lists.addAll(question.sentIn());
            if (!question.open()) {
                answered++;
                continue;
            }
            if (question.sentIn().isEmpty()) {
                notSent++;
            }
            if (oldest == null || question.askedAt().isBefore(oldest)) {
                oldest = question.askedAt();
            }
        }
        return new DialogueCounts(reviewId, questions.size(), lists.size(), answered, questions.size() - answered, notSent,
                oldest);
    }

    /** Each review's counts, in the order of its first question, from a State's questions of every review. */
    static List<DialogueCounts> byReview(List<DialogueQuestion> questions) {
        Map<String, List<DialogueQuestion>> byReview = new LinkedHashMap<>();
        questions.forEach(q -> byReview.computeIfAbsent(q.reviewId(), r -> new ArrayList<>()).add(q));
        List<DialogueCounts> counts = new ArrayList<>();
        byReview.forEach((review, asked) -> counts.add(of(review, asked)));
        return counts;
    }

    /** Whole days the oldest unanswered question has waited on the day (UTC), or null when none waits. */
    public Long oldestUnansweredDays(LocalDate today) {
        return oldestUnanswered == null ? null
                : ChronoUnit.DAYS.between(LocalDate.ofInstant(oldestUnanswered, ZoneOffset.UTC), today);
    }
}
