package org.irm.catalogue;

import java.util.List;

/** An article under review with its provisions in the Convention's order; its title is {@code article.<number>.title}. */
public record Article(int number, List<Provision> provisions) {
    public Article {
        provisions = List.copyOf(provisions);
    }
}
