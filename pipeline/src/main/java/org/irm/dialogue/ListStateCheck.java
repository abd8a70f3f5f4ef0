package org.irm.dialogue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.register.FocalPoints;
import org.irm.submission.ChecklistCheck;
import org.irm.submission.ChecklistReturn;

/**
 * A question list is answered by the State it was sealed for: returned by another State's focal
 * point, or dropped into another State's folder, it is refused {@code FOREIGN_QUESTION_LIST}, so no
 * State answers (or reads back answers to) another State's questions. An address that is no focal
 * point at all is left to the sender check ({@code UNKNOWN_SENDER}).
 */
final class ListStateCheck implements ChecklistCheck {

    private final FocalPoints focalPoints;
    private final Function<String, String> stateNames;

    ListStateCheck(FocalPoints focalPoints, Function<String, String> stateNames) {
        this.focalPoints = focalPoints;
        this.stateNames = stateNames;
    }

    @Override
    public Optional<Refusal> check(ChecklistReturn candidate) {
        if (candidate.identity().identity().isEmpty()) {
            return Optional.empty();
        }
        String state = candidate.identity().identity().get().state();
        String folderState = candidate.received().arrival().folderState();
        if (folderState != null && !state.equalsIgnoreCase(folderState)) {
            return Optional.of(refusal(state, "it was placed in the folder of "
                    + stateNames.apply(folderState.toUpperCase(Locale.ROOT))));
        }
        String sender = candidate.received().arrival().sender();
        if (sender != null) {
            Set<String> states = focalPoints.statesOf(sender);
            if (!states.isEmpty() && !states.contains(state)) {
                return Optional.of(refusal(state, sender + " is registered as a focal point of "
                        + String.join(", ", states.stream().map(stateNames).toList())));
            }
        }
        return Optional.empty();
    }

    private Refusal refusal(String state, String why) {
        return new Refusal(RefusalReason.FOREIGN_QUESTION_LIST, "This question list was written and sealed for "
                + stateNames.apply(state) + ", but " + why + ": its answers were not recorded. Return your own State's"
                + " question list, from its focal point's registered address or your State's folder.");
    }
}
