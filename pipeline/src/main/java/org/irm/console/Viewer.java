package org.irm.console;

import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * The logged-in user a page is shown to.
 *
 * @param state the user's State (a focal point's, an expert's reviewing State), or null for the secretariat
 */
public record Viewer(String login, Role role, String state, Language language) {

    public Viewer {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
    }

    public boolean secretariat() {
        return role == Role.SECRETARIAT;
    }
}
