package org.irm.register;

import java.time.Instant;
import org.irm.catalogue.Language;

/**
 * One version of a report block as the register keeps it.
 *
 * @param blockKey     {@code <provision id>/<kind>[/<item>]}, the tag of the block's content control
 * @param kind         {@code measures}, {@code observations}, {@code goodPractice}, {@code recommendation} or {@code taNeed}
 * @param category     a technical-assistance need's category (a code of the ta-needs list), else null
 * @param priority     a technical-assistance need's priority as the State rated it (high, medium, low), else null
 * @param edited       true when the secretariat wrote this version in a draft it dropped back
 * @param author       who wrote it: a reviewing State and person, the State under review, or the secretariat's editor
 * @param source       where it came from: {@code answers}, {@code notes}, or the name of the draft file
 * @param sourceSha256 the sha256 of the draft file an edit came in, else null
 */
public record ReportBlockVersion(String reviewId, String blockKey, String provisionId, String kind, String category,
                                 String priority, int version, String text, Language textLanguage, boolean edited, String author,
                                 String source, String sourceSha256, Instant recordedAt) {

    /** A version of a block with no priority (all but a need the State rated). */
    public ReportBlockVersion(String reviewId, String blockKey, String provisionId, String kind, String category,
                              int version, String text, Language textLanguage, boolean edited, String author,
                              String source, String sourceSha256, Instant recordedAt) {
        this(reviewId, blockKey, provisionId, kind, category, null, version, text, textLanguage, edited, author, source,
                sourceSha256, recordedAt);
    }
}
