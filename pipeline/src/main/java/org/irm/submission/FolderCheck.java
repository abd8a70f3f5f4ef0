package org.irm.submission;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;

/**
 * For a file dropped into a per-State folder: the checklist must belong to that folder's State,
 * so a State's folder only ever feeds that State's answers.
 */
public final class FolderCheck implements ChecklistCheck {

    private final Function<String, String> stateNames;

    public FolderCheck(Function<String, String> stateNames) {
        this.stateNames = stateNames;
    }

    @Override
    public Optional<Refusal> check(ChecklistReturn candidate) {
        String folderState = candidate.received().arrival().folderState();
        if (folderState == null || candidate.identity().identity().isEmpty()) {
            return Optional.empty();
        }
        String state = candidate.identity().identity().get().state();
        if (state.equalsIgnoreCase(folderState)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(RefusalReason.FOREIGN_STATE, "This checklist belongs to "
                + stateNames.apply(state) + " but was placed in the folder of " + stateNames.apply(folderState.toUpperCase(
                Locale.ROOT)) + ". Place each State's checklist in that State's own folder."));
    }
}
