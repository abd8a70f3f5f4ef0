package org.irm.lots;

import java.util.List;
import java.util.Optional;

/**
 * The States list as the draw needs it. An implementation reads it from wherever the secretariat
 * keeps it (a CSV file today, the catalogue's States list later); the draw only reads.
 *
 * <p>Contract: {@link #parties()} returns every entity once, in a stable order, codes unique.
 */
public interface PartyRoster {

    /** Every entity on the list, parties to an instrument or not. */
    List<Party> parties();

    /** The entity with this code, if listed. */
    default Optional<Party> find(String iso3) {
        return parties().stream().filter(p -> p.iso3().equals(iso3)).findFirst();
    }
}
