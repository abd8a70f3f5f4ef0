package org.irm.register;

import java.time.Instant;
import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * A translator's text for one report block in one language, as the register keeps it.
 *
 * @param blockKey       {@code <provision id>/<kind>[/<item>]}, the block translated
 * @param language       the language it was translated into
 * @param version        1 for the block's first translation into that language, then 2, ...
 * @param sourceLanguage the language of the text translated
 * @param sourceSha256   sha256 of the text translated (its paragraphs, one per line): a block whose
 *                       source no longer has this digest shows the translation as stale
 * @param text           the translation, one paragraph per line
 * @param translator     who translated it
 * @param fileName       the XLIFF file it came back in
 * @param fileSha256     that file's sha256
 */
public record BlockTranslation(String reviewId, String blockKey, Language language, int version, Language sourceLanguage,
                               String sourceSha256, String text, String translator, String fileName, String fileSha256,
                               Instant recordedAt) {
    public BlockTranslation {
        Objects.requireNonNull(blockKey, "blockKey");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(sourceSha256, "sourceSha256");
        Objects.requireNonNull(text, "text");
    }
}
