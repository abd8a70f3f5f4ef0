package org.irm.report;

import java.util.Optional;
import org.irm.catalogue.Language;

/**
 * Translates content written in one language for a report in another. The pipeline ships none:
 * text stays as written and is marked with its language. A translation service plugs in here; it
 * must be deterministic (the same text gives the same translation), or drafts would differ on
 * every regeneration.
 */
public interface Translator {

    /** No translation: every text stays in the language it was written in. */
    Translator NONE = (text, from, to) -> Optional.empty();

    /** The text in {@code to}, or empty when this translator cannot translate it. */
    Optional<String> translate(String text, Language from, Language to);
}
