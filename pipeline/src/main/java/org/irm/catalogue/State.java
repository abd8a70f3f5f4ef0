package org.irm.catalogue;

import java.util.Set;

/**
 * A State (or other entity, such as the European Union) that may be party to the Conventions, as
 * the secretariat keeps it in {@code templates/states/states.csv}.
 *
 * @param iso3          ISO 3166-1 alpha-3 code in upper case ({@code EUU} stands in for the European Union)
 * @param name          United Nations short name, in English
 * @param regionalGroup United Nations regional group, or empty when the entity sits in none
 * @param party         whether it is a party to the Convention against Corruption
 * @param unMember      whether it is a member of the United Nations
 * @param entityType    what kind of entity, as the list says ("UN member State", "non-member State", ...)
 * @param legalSystem   its legal system as the secretariat filled it in (the draw may prefer similar
 *                      systems), empty when unknown
 * @param instruments   the instruments it is party to, by the key of their {@code <key>_party} column
 *                      ({@code uncac}, {@code untoc}, {@code tip}, ...)
 * @param unknown       the instruments whose column the list leaves empty: whether it is party to
 *                      them is not known (never in {@code instruments})
 */
public record State(String iso3, String name, String regionalGroup, boolean party, boolean unMember, String entityType,
                    String legalSystem, Set<String> instruments, Set<String> unknown) {

    public State {
        regionalGroup = regionalGroup == null ? "" : regionalGroup;
        legalSystem = legalSystem == null ? "" : legalSystem;
        instruments = Set.copyOf(instruments);
        unknown = Set.copyOf(unknown);
    }

    /** A State whose adherence to every instrument of the list is known. */
    public State(String iso3, String name, String regionalGroup, boolean party, boolean unMember, String entityType,
                 String legalSystem, Set<String> instruments) {
        this(iso3, name, regionalGroup, party, unMember, entityType, legalSystem, instruments, Set.of());
    }

    /** A State of the UNCAC list alone: party to the Convention or not, legal system unknown. */
    public State(String iso3, String name, String regionalGroup, boolean party, boolean unMember, String entityType) {
        this(iso3, name, regionalGroup, party, unMember, entityType, "", party ? Set.of("uncac") : Set.of());
    }

    /** Whether it is party to the instrument with this key ({@code uncac}, {@code untoc}, {@code tip}...). */
    public boolean isPartyTo(String instrument) {
        return instruments.contains(instrument);
    }
}
