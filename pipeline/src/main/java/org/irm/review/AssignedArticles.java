package org.irm.review;

import java.util.List;
import org.irm.catalogue.ArticleRef;

/**
 * The articles assigned to an expert now, as the register holds them ({@code irm review assign}):
 * what an expert's returned copy is checked against. Empty when the register holds none for the
 * expert; then the articles sealed in the copy count.
 */
@FunctionalInterface
public interface AssignedArticles {

    /** Nobody's articles known: the copies' sealed ones count. */
    AssignedArticles SEALED = (reviewId, reviewer, expert) -> List.of();

    /** The expert's articles of the review, ascending; empty when unknown. */
    List<ArticleRef> of(String reviewId, String reviewer, String expert);
}
