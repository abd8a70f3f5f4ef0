package org.irm.catalogue;

import java.util.Optional;

/**
 * The wording of everything a user reads, per language, from {@code templates/i18n/}. Keys are
 * stable ({@code article.9.title}, {@code question.compliance.label}, {@code code.challenges.other});
 * the secretariat edits the text without touching Java.
 */
public interface Labels {

    /** The text for a key, or empty when the language has no entry for it. */
    Optional<String> find(Language language, String key);

    /**
     * The text for a key with {@code {0}}-style arguments filled in. Falls back to English when the
     * language lacks the key, and to the key itself in brackets when English lacks it too, so a
     * missing label shows in the document instead of failing the whole checklist.
     */
    String text(Language language, String key, Object... arguments);
}
