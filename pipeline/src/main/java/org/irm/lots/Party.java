package org.irm.lots;

import java.util.Set;

/**
 * A State (or other entity) as the draw sees it: its code, name, UN regional group, legal system
 * and the instruments it is party to.
 *
 * @param iso3          ISO 3166 alpha-3 code (or a stand-in such as {@code EUU})
 * @param name          UN short name, for documents
 * @param regionalGroup UN regional group, empty when the entity sits in none
 * @param legalSystem   legal system as filled in by the secretariat, empty when unknown
 * @param instruments   instrument keys the entity is party to, such as {@code uncac} or {@code tip}
 * @param unMember      whether it is a UN member State
 * @param entityType    kind of entity, as in the States list
 * @param unknown       instrument keys whose adherence the list leaves unknown (empty column)
 */
public record Party(String iso3, String name, String regionalGroup, String legalSystem,
                    Set<String> instruments, boolean unMember, String entityType, Set<String> unknown) {

    public Party {
        instruments = Set.copyOf(instruments);
        unknown = Set.copyOf(unknown);
        regionalGroup = regionalGroup == null ? "" : regionalGroup;
        legalSystem = legalSystem == null ? "" : legalSystem;
    }

    /** A party whose adherence to every instrument is known. */
    public Party(String iso3, String name, String regionalGroup, String legalSystem, Set<String> instruments,
                 boolean unMember, String entityType) {
        this(iso3, name, regionalGroup, legalSystem, instruments, unMember, entityType, Set.of());
    }

    /** True when the list does not say whether the entity is party to the instrument. */
    public boolean adherenceUnknown(String instrument) {
        return unknown.contains(instrument);
    }

    /** True when the entity is party to the instrument (known to be: unknown adherence is not party). */
    public boolean isPartyTo(String instrument) {
        return instruments.contains(instrument);
    }

    /** True when the entity belongs to a UN regional group. */
    public boolean hasGroup() {
        return !regionalGroup.isEmpty();
    }

    /** This party seen as belonging to another regional group (a policy override). */
    Party inGroup(String group) {
        return new Party(iso3, name, group, legalSystem, instruments, unMember, entityType, unknown);
    }
}
