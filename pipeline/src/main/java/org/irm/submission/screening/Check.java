package org.irm.submission.screening;

import java.util.List;
import java.util.Optional;
import org.irm.docx.Refusal;

/**
 * One reason something may not be taken in: a check only looks at its subject (it never moves,
 * changes or deletes anything) and answers with a refusal, or empty when it has no objection. The
 * file checks of screening and the desk's checks of a checklist's identity, sender and folder are
 * checks of this kind, run in order by {@link #inOrder}: cheap checks first (a huge file is never
 * opened), and first those the others trust (the seal before the sender).
 *
 * @param <T> what is checked: a file, a checklist return
 */
public interface Check<T> {

    Optional<Refusal> check(T subject);

    /** One check that runs these in order and stops at the first refusal. */
    static <T> Check<T> inOrder(List<? extends Check<T>> checks) {
        List<Check<T>> ordered = List.copyOf(checks);
        return subject -> {
            for (Check<T> check : ordered) {
                Optional<Refusal> refusal = check.check(subject);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            return Optional.empty();
        };
    }
}
