package org.irm.review;

import java.util.Map;
import java.util.Objects;

/**
 * What the register adds to a merge: the experts' names, the articles assigned to each now (what an
 * expert's copy is checked against) and each provision's priority level (the order of the
 * consolidated review).
 *
 * @param expertNames each registered expert's name by address
 * @param levels      each provision's level by id ({@link ReviewOrder#levels}); empty: the rule's default
 */
public record MergeContext(Map<String, String> expertNames, AssignedArticles assignments, Map<String, String> levels) {

    /** Nothing from a register: experts by address, their sealed articles, the Convention's order. */
    public static final MergeContext NONE = new MergeContext(Map.of(), AssignedArticles.SEALED, Map.of());

    public MergeContext {
        expertNames = Map.copyOf(expertNames);
        Objects.requireNonNull(assignments, "assignments");
        levels = Map.copyOf(levels);
    }
}
