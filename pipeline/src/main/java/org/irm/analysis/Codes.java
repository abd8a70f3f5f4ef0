package org.irm.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What a need is coded as: its category, its subcategory (or null) and its cross-cutting tags in the
 * scheme's order.
 */
public record Codes(String category, String subcategory, List<String> tags) {

    public Codes {
        Objects.requireNonNull(category, "category");
        tags = List.copyOf(tags);
    }
}
