package org.irm.catalogue;

import java.util.List;

/** A chapter of the Convention (roman number, as in "II"); its title is {@code chapter.<number>.title}. */
public record Chapter(String number, List<Article> articles) {
    public Chapter {
        articles = List.copyOf(articles);
    }
}
