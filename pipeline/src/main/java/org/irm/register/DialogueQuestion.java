package org.irm.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of the written dialogue (issue 18): asked on a provision of a State's review by a
 * reviewing State or the secretariat, with every answer the State gave to it, oldest first. The latest
 * answer is the current one; earlier ones are kept (a later return supersedes, never erases).
 *
 * @param askedBy  the reviewing State's ISO3 code, or {@code secretariat}
 * @param author   who wrote it (a login, the author a review copy names), or null
 * @param source   {@link #COMMAND} or {@link #REVIEW_COPY}
 * @param sentIn   the ids of the sealed question lists that carried it, in the order written (empty: not sent yet)
 * @param answers  the State's answers, in the order received
 */
public record DialogueQuestion(long id, String reviewId, String state, String provisionId, String askedBy, String author,
                               String language, String text, String source, Instant askedAt, List<String> sentIn,
                               List<DialogueAnswer> answers) {

    /** Asked with {@code irm dialogue ask}. */
    public static final String COMMAND = "command";
    /** A comment marked as a question in a returned review copy. */
    public static final String REVIEW_COPY = "review-copy";

    public DialogueQuestion {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(provisionId, "provisionId");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(askedAt, "askedAt");
        sentIn = List.copyOf(sentIn);
        answers = List.copyOf(answers);
    }

    /** The current answer: the latest received, if any. */
    public Optional<DialogueAnswer> answer() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    /** Open while the State has not answered it. */
    public boolean open() {
        return answers.isEmpty();
    }

    /** {@code open} (never sent), {@code sent} (awaiting the State's answer) or {@code answered}. */
    public String status() {
        return !answers.isEmpty() ? "answered" : sentIn.isEmpty() ? "open" : "sent";
    }
}
