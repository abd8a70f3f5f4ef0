package org.irm.followup;

import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.catalogue.StageWords;
import org.irm.config.TemplateSource;

/**
 * The follow-up stage's words in the six languages, from {@code templates/followup/labels_<lang>.properties}
 * (which the secretariat may override like every template). A key a language lacks is shown in English.
 */
public final class FollowUpLabels {

    private final StageWords words;

    private FollowUpLabels(StageWords words) {
        this.words = words;
    }

    public static FollowUpLabels load(TemplateSource templates) {
        return new FollowUpLabels(StageWords.load(templates, "followup"));
    }

    /** The text of a key in a language (English when the language lacks it), its {0}, {1} filled in. */
    public String text(Language language, String key, Object... arguments) {
        return words.text(language, key, arguments);
    }

    /** A status's label, or the text as written when it is no status code. */
    public String status(Language language, String code) {
        return FollowUpStatusCode.ofCode(code).map(s -> text(language, s.labelKey())).orElse(code == null ? "" : code);
    }

    /**
     * The status a State wrote or chose, in any of the six languages or as its code; empty when the
     * text is none of them.
     */
    public Optional<FollowUpStatusCode> statusOf(String written) {
        String wanted = written == null ? "" : written.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Optional<FollowUpStatusCode> byCode = FollowUpStatusCode.ofCode(wanted);
        if (byCode.isPresent()) {
            return byCode;
        }
        for (FollowUpStatusCode status : FollowUpStatusCode.values()) {
            for (Language language : Language.values()) {
                if (text(language, status.labelKey()).equalsIgnoreCase(wanted)) {
                    return Optional.of(status);
                }
            }
        }
        return Optional.empty();
    }
}
