package org.irm.dialogue;

import org.irm.catalogue.Language;
import org.irm.catalogue.StateNames;
import org.irm.identity.ChecklistIdentity;

/**
 * How the asker of a question is named in a language: the reviewing State's name and ISO3 code
 * ("France (FRA)"), or the secretariat in that language.
 */
final class Askers {

    private final StateNames names;
    private final DialogueLabels labels;

    Askers(StateNames names, DialogueLabels labels) {
        this.names = names;
        this.labels = labels;
    }

    String name(String askedBy, Language language) {
        if (ChecklistIdentity.SECRETARIAT.equals(askedBy)) {
            return labels.text(language, "asker.secretariat");
        }
        return names.find(askedBy, language).map(name -> name + " (" + askedBy + ")").orElse(askedBy);
    }
}
