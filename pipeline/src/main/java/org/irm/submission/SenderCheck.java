package org.irm.submission;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.register.FocalPoints;

/**
 * For a file that came from an address (e-mail, or {@code irm ingest --sender}): the address must
 * be a registered focal point of the State the checklist belongs to, so no one can answer for
 * another State.
 */
public final class SenderCheck implements ChecklistCheck {

    private final FocalPoints focalPoints;
    private final Function<String, String> stateNames;

    /** @param stateNames the name of a State by ISO3, for the sentence */
    public SenderCheck(FocalPoints focalPoints, Function<String, String> stateNames) {
        this.focalPoints = focalPoints;
        this.stateNames = stateNames;
    }

    @Override
    public Optional<Refusal> check(ChecklistReturn candidate) {
        String sender = candidate.received().arrival().sender();
        if (sender == null || candidate.identity().identity().isEmpty()) {
            return Optional.empty();
        }
        String state = candidate.identity().identity().get().state();
        Set<String> states = focalPoints.statesOf(sender);
        if (states.contains(state)) {
            return Optional.empty();
        }
        if (states.isEmpty()) {
            return Optional.of(new Refusal(RefusalReason.UNKNOWN_SENDER, "The address " + sender
                    + " is not registered as a focal point of " + stateNames.apply(state) + ". Send the checklist from"
                    + " your State's registered address, or ask the secretariat to register this one."));
        }
        return Optional.of(new Refusal(RefusalReason.FOREIGN_STATE, "This checklist belongs to "
                + stateNames.apply(state) + ", but " + sender + " is registered as a focal point of "
                + String.join(", ", states.stream().map(stateNames).toList()) + ". Send your own State's checklist;"
                + " if you answer on behalf of " + stateNames.apply(state) + ", ask the secretariat to register you."));
    }
}
