package org.irm.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * A sealed form issued to a contributor: the provisions it asks about, those where the State's
 * answers are shown read-only, and those whose input the State agreed to show to reviewers.
 *
 * @param id             the form's sealed id (a return's {@code submission.checklist_id})
 * @param provisions     provision ids asked about, in the catalogue's order
 * @param answersShown   the provisions (among those) that show the State's answers read-only
 * @param reviewersShown the provisions (among those) whose input reviewers see in their copy
 */
public record ContributorForm(String id, String contributorId, String reviewId, List<String> provisions,
                              List<String> answersShown, List<String> reviewersShown, Language language,
                              String fileName, Instant issuedAt) {

    public ContributorForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contributorId, "contributorId");
        Objects.requireNonNull(reviewId, "reviewId");
        provisions = List.copyOf(provisions);
        answersShown = List.copyOf(answersShown);
        reviewersShown = List.copyOf(reviewersShown);
        Objects.requireNonNull(language, "language");
    }
}
