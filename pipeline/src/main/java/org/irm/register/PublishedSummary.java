package org.irm.register;

import java.time.Instant;
import org.irm.catalogue.Language;

/**
 * An executive summary draft the secretariat published: the console shows it without login.
 *
 * @param sha256 the draft file's SHA-256, as {@link ReportDraft#sha256()}
 */
public record PublishedSummary(String sha256, String reviewId, String state, Language language, Instant publishedAt,
                               String publishedBy) {
}
