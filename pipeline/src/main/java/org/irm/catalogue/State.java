package org.irm.catalogue;

/**
 * A State (or other entity, such as the European Union) that may be party to the Convention, as
 * the secretariat keeps it in {@code templates/states/states.csv}.
 *
 * @param iso3          ISO 3166-1 alpha-3 code in upper case ({@code EUU} stands in for the European Union)
 * @param name          United Nations short name, in English
 * @param regionalGroup United Nations regional group, or empty when the entity sits in none
 * @param party         whether it is a party to the Convention
 * @param unMember      whether it is a member of the United Nations
 * @param entityType    what kind of entity, as the list says ("UN member State", "non-member State", ...)
 */
public record State(String iso3, String name, String regionalGroup, boolean party, boolean unMember, String entityType) {
}
