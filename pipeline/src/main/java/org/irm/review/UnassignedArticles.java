package org.irm.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Provision;

/**
 * Which articles an expert's returned copy carries that are not assigned to the expert: provisions
 * the copy holds (by their heading's bookmark, which survives every editor) whose article is not
 * among the expert's. An expert's copy is written with their articles only, so such an article came
 * in by hand (pasted from another copy) or was taken from the expert after the copy was written.
 * Nothing is dropped for it: the secretariat is told (receipt, log, consolidated review) and decides.
 */
final class UnassignedArticles {

    private final Catalogue catalogue;

    UnassignedArticles(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The articles of the copy not in {@code assigned}, ascending; empty for a copy that is not an
     * expert's.
     *
     * @param assigned the expert's articles now (the register's), or empty to take those sealed in the copy
     */
    List<Integer> of(ReturnedCopy copy, List<Integer> assigned) {
        if (!copy.identity().isExpertCopy()) {
            return List.of();
        }
        List<Integer> theirs = assigned.isEmpty() ? copy.identity().articles() : assigned;
        TreeSet<Integer> carried = new TreeSet<>();
        copy.regions().stream().map(ReturnedCopy.Region::provisionId).filter(Objects::nonNull).distinct()
                .map(catalogue::provision).flatMap(Optional::stream)
                .filter(p -> !p.id().equals(catalogue.general().id())).map(Provision::article).forEach(carried::add);
        carried.removeAll(theirs);
        return List.copyOf(carried);
    }

    /** The expert's articles now: the register's when given, else those sealed in the copy. */
    static List<Integer> assigned(ReturnedCopy copy, List<Integer> registered) {
        return registered.isEmpty() ? copy.identity().articles() : registered;
    }
}
