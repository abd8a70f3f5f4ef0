package org.irm.review;

import java.util.List;
import java.util.Objects;

/**
 * One expert's share of a reviewing State's review: the expert and the articles assigned to them.
 * An expert's review copy holds only these articles' provisions (and the general questions).
 *
 * @param email    the expert's address, as registered ({@code irm experts add})
 * @param name     the expert's name as the secretariat registered it, or null
 * @param articles the articles assigned, ascending; never empty
 */
public record ExpertShare(String email, String name, List<Integer> articles) {
    public ExpertShare {
        Objects.requireNonNull(email, "email");
        articles = articles.stream().sorted().distinct().toList();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(email + " has no article assigned: assign some first (irm review assign)");
        }
    }

    /** The name when registered, else the address. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
