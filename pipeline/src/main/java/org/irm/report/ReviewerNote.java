package org.irm.report;

import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * What a reviewer wrote about one provision: an observation, a good practice noted, or a
 * recommendation, in the language the reviewer wrote it in.
 *
 * @param reviewer the reviewing State's ISO3 code, or {@code SEC} for the secretariat
 * @param author   the person named in the reviewer's file, or empty
 */
public record ReviewerNote(String provisionId, Kind kind, String reviewer, String author, String text, Language language) {

    /** The three kinds of note a review copy collects per provision. */
    public enum Kind { OBSERVATION, GOOD_PRACTICE, RECOMMENDATION }

    public ReviewerNote {
        Objects.requireNonNull(provisionId, "provisionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        author = author == null ? "" : author;
    }
}
