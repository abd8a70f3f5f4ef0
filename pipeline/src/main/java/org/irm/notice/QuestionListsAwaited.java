package org.irm.notice;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.irm.register.DialogueQuestion;
import org.irm.register.DialogueRecords;
import org.irm.register.DialogueRecords.QuestionList;
import org.irm.register.ReviewRecord;

/**
 * The question list of the written dialogue (issue 18) a review awaits the State's answers to: the latest list
 * written for the review, while no answer has come back in it and a question it carries is still open. A list
 * carries every question open when it is written, so the latest takes over from the earlier ones; a list
 * answered in part is no longer awaited: its open questions go again in the next list. Read afresh each time.
 */
final class QuestionListsAwaited {

    private final DialogueRecords dialogue;

    QuestionListsAwaited(DialogueRecords dialogue) {
        this.dialogue = dialogue;
    }

    /**
     * A question list awaited.
     *
     * @param open how many of its questions have no answer yet
     */
    record Awaited(QuestionList list, int open) {
        int questions() {
            return list.questionIds().size();
        }
    }

    /** The review's question list awaiting the State's answers, if one is. */
    Optional<Awaited> of(ReviewRecord review) {
        List<QuestionList> lists = dialogue.lists(review.id());
        if (lists.isEmpty()) {
            return Optional.empty();
        }
        QuestionList latest = lists.get(lists.size() - 1);
        Set<Long> carried = Set.copyOf(latest.questionIds());
        List<DialogueQuestion> questions = dialogue.ofState(review.stateUnderReview(), review.id()).stream()
                .filter(q -> carried.contains(q.id())).toList();
        boolean answeredIn = questions.stream().flatMap(q -> q.answers().stream())
                .anyMatch(answer -> latest.id().equals(answer.listId()));
        int open = (int) questions.stream().filter(DialogueQuestion::open).count();
        return answeredIn || open == 0 ? Optional.empty() : Optional.of(new Awaited(latest, open));
    }
}
