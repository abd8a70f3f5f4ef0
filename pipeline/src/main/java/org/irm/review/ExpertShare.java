package org.irm.review;

import java.util.List;
import java.util.Objects;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.Provision;

/**
 * One expert's share of a reviewing State's review: the expert and the articles assigned to them.
 * An expert's review copy holds only these articles' provisions (and the general questions).
 *
 * @param email    the expert's address, as registered ({@code irm experts add})
 * @param name     the expert's name as the secretariat registered it, or null
 * @param articles the articles assigned ({@code 5}, or {@code tip:5} for one instrument's), ascending; never empty
 */
public record ExpertShare(String email, String name, List<ArticleRef> articles) {
    public ExpertShare {
        Objects.requireNonNull(email, "email");
        articles = articles.stream().sorted().distinct().toList();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(email + " has no article assigned: assign some first (irm review assign)");
        }
    }

    /** Whether the expert's copy holds this provision: one of their articles names its article. */
    public boolean holds(Provision provision) {
        return articles.stream().anyMatch(article -> article.covers(provision));
    }

    /** The name when registered, else the address. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
