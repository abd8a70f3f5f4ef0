package org.irm.register;

import java.time.Instant;
import org.irm.catalogue.Language;

/**
 * A report draft the pipeline wrote.
 *
 * @param kind         {@code report} or {@code summary}
 * @param inputsDigest sha256 over everything the draft was made from; equal digests, equal bytes
 * @param sha256       the sha256 of the file's bytes
 * @param wordCount    the words of its text (East Asian characters count one each)
 */
public record ReportDraft(String reviewId, String kind, Language language, String inputsDigest, String sha256,
                          String fileName, int wordCount, Instant generatedAt) {
}
