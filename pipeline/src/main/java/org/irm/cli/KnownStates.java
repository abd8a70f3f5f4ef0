package org.irm.cli;

import org.irm.catalogue.State;
import org.irm.catalogue.StateList;

/** A State the user typed (any case), found in the States list, or a message saying where codes come from. */
final class KnownStates {

    private KnownStates() {
    }

    static State find(StateList states, String typed) {
        return states.find(typed).orElseThrow(() -> new UserInputException(
                "Unknown State '" + typed + "': use an ISO 3166 alpha-3 code from templates/states/states.csv."));
    }
}
