package org.irm.register;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Language;

/**
 * One tracked recommendation, good practice or technical-assistance need of a final report, as the
 * recommendation register keeps it (issue 14).
 *
 * @param id            stable id, {@code <review id>/<kind letter>-<provision>-<sequence>}, e.g. {@code uncac-2-KEN/R-5.1-01}
 * @param blockKey      the report block it was tracked from ({@code <provision id>/<kind>/<item>})
 * @param kind          {@code recommendation}, {@code goodPractice} or {@code taNeed}
 * @param category      a TA need's category, else null
 * @param texts         the item's text in every language it exists in, as finally edited
 * @param finalLanguage the language of the block's very latest version (the text that won)
 * @param agencies      the national agencies responsible, in the order assigned
 */
public record FollowUpItem(String id, String reviewId, String blockKey, String state, String provisionId, String kind,
                           String category, int sequence, Instant trackedAt, Map<Language, String> texts,
                           Language finalLanguage, List<String> agencies) {

    public FollowUpItem {
        texts = Map.copyOf(texts);
        agencies = List.copyOf(agencies);
    }

    /** The text in this language, else the final text. */
    public String text(Language language) {
        return Optional.ofNullable(texts.get(language)).orElse(finalText());
    }

    /** The text that won: the latest version of the block. */
    public String finalText() {
        return texts.getOrDefault(finalLanguage, "");
    }
}
