package org.irm.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.irm.catalogue.ArticleRef;
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
    List<ArticleRef> of(ReturnedCopy copy, List<ArticleRef> assigned) {
        if (!copy.identity().isExpertCopy()) {
            return List.of();
        }
        List<ArticleRef> theirs = assigned.isEmpty() ? copy.identity().articles() : assigned;
        TreeSet<ArticleRef> carried = new TreeSet<>();
        copy.regions().stream().map(ReturnedCopy.Region::provisionId).filter(Objects::nonNull).distinct()
                .map(catalogue::provision).flatMap(Optional::stream)
                .filter(p -> !p.id().equals(catalogue.general().id()))
                .filter(p -> theirs.stream().noneMatch(article -> article.covers(p)))
                .map(this::article).forEach(carried::add);
        return List.copyOf(carried);
    }

    /** The provision's article as the register names it: with its instrument where the review has several (tip:5). */
    private ArticleRef article(Provision provision) {
        return catalogue.protocols().isEmpty() ? ArticleRef.of(provision.article())
                : new ArticleRef(provision.id().substring(0, provision.id().indexOf('.')), provision.article());
    }

    /** The expert's articles now: the register's when given, else those sealed in the copy. */
    static List<ArticleRef> assigned(ReturnedCopy copy, List<ArticleRef> registered) {
        return registered.isEmpty() ? copy.identity().articles() : registered;
    }
}
