package org.irm.translation;

import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.report.Translator;

/**
 * A machine translator for tests only: no network, deterministic; "translates" by marking the text
 * with its target language ({@code [fr] ...}). Listed as a Java service in the test resources so
 * that {@code irm.report.machineTranslator=org.irm.translation.PseudoTranslator} finds it.
 */
public final class PseudoTranslator implements Translator {

    @Override
    public Optional<String> translate(String text, Language from, Language to) {
        return Optional.of(PseudoTranslation.of(text, to));
    }
}
