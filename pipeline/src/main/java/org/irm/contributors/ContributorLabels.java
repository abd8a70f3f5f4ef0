package org.irm.contributors;

import org.irm.catalogue.Language;
import org.irm.catalogue.StageWords;
import org.irm.config.TemplateSource;

/**
 * The contributors' words in the six languages, from {@code templates/contributors/labels_<lang>.properties}
 * (the secretariat may override them like every template). A key a language lacks is shown in English.
 */
public final class ContributorLabels {

    private final StageWords words;

    private ContributorLabels(StageWords words) {
        this.words = words;
    }

    public static ContributorLabels load(TemplateSource templates) {
        return new ContributorLabels(StageWords.load(templates, "contributors"));
    }

    /** The text of a key in a language (English when the language lacks it), its {0}, {1} filled in. */
    public String text(Language language, String key, Object... arguments) {
        return words.text(language, key, arguments);
    }

    /** A kind's name ("Civil society"), or its code when it is none of the three. */
    public String kind(Language language, String code) {
        return ContributorKind.ofCode(code).map(k -> text(language, "kind." + k.code())).orElse(code);
    }
}
