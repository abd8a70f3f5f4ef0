package org.irm.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.register.DialogueQuestion;

/**
 * The written dialogue of a State's review as its page shows it: the questions grouped by provision,
 * in the order first asked (each question with its answers, the latest the current one).
 *
 * @param provision the provision id
 * @param questions its questions, in the order asked
 */
public record DialogueThreads(String provision, List<DialogueQuestion> questions) {

    public DialogueThreads {
        questions = List.copyOf(questions);
    }

    static List<DialogueThreads> of(List<DialogueQuestion> questions) {
        Map<String, List<DialogueQuestion>> byProvision = new LinkedHashMap<>();
        questions.forEach(q -> byProvision.computeIfAbsent(q.provisionId(), p -> new ArrayList<>()).add(q));
        List<DialogueThreads> threads = new ArrayList<>();
        byProvision.forEach((provision, thread) -> threads.add(new DialogueThreads(provision, thread)));
        return threads;
    }
}
