package org.irm.catalogue;

import java.util.List;

/**
 * A chapter of the Convention (roman number, as in "II"); its title is {@code chapter.<number>.title}, or
 * {@code <instrument>.chapter.<number>.title} where the labels have one (a UNTOC cluster: one chapter per instrument).
 */
public record Chapter(String number, List<Article> articles) {
    public Chapter {
        articles = List.copyOf(articles);
    }

    /** The instrument its provisions belong to ({@code uncac}, {@code tip}...), from their ids. */
    public String instrument() {
        return articles.isEmpty() ? "" : articles.get(0).instrument();
    }
}
