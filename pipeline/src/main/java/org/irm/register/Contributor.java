package org.irm.register;

import java.time.Instant;
import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * A representative of academia, the private sector or civil society whom a State invited to add
 * input to some provisions of its self-assessment (issue 18). Known by address within the State.
 *
 * @param kind        {@code civil-society}, {@code academia} or {@code private-sector}
 * @param withdrawnAt when the State withdrew the invitation, or null while it stands
 */
public record Contributor(String id, String state, String email, String name, String organisation, String kind,
                          Language language, Instant invitedAt, Instant withdrawnAt) {

    public Contributor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
    }

    /** True while the invitation stands. */
    public boolean active() {
        return withdrawnAt == null;
    }
}
