package org.irm.catalogue;

import java.util.List;

/**
 * An article under review with its provisions in the Convention's order; its title is {@code article.<number>.title},
 * or {@code <instrument>.article.<number>.title} for an instrument whose labels have their own (UNTOC and its Protocols).
 */
public record Article(int number, List<Provision> provisions) {
    public Article {
        provisions = List.copyOf(provisions);
    }

    /** The instrument its provisions belong to ({@code uncac}, {@code tip}...), from their ids. */
    public String instrument() {
        if (provisions.isEmpty()) {
            return "";
        }
        String id = provisions.get(0).id();
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
