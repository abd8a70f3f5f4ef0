package org.irm.report;

import java.util.Optional;
import java.util.ServiceLoader;
import org.irm.catalogue.Language;

/**
 * The machine-translation hook: translates content written in one language for a report in
 * another. Off by default, and the pipeline ships none: text stays as written and is marked with
 * its language, until a translator's translation is imported ({@code irm translate import}), which
 * always wins over this. A machine translator plugs in as a Java service (listed in
 * {@code META-INF/services/org.irm.report.Translator}, with a public no-argument constructor) named
 * by {@code irm.report.machineTranslator}; its output is marked as a machine translation in the
 * drafts. It must be deterministic (the same text gives the same translation), or drafts would
 * differ on every regeneration.
 */
public interface Translator {

    /** No translation: every text stays in the language it was written in. */
    Translator NONE = (text, from, to) -> Optional.empty();

    /** The text in {@code to}, or empty when this translator cannot translate it. */
    Optional<String> translate(String text, Language from, Language to);

    /**
     * The machine translator of this class name among the Java services on the class path; {@link #NONE}
     * for a blank name.
     *
     * @throws IllegalArgumentException when no service of that name is on the class path
     */
    static Translator named(String className) {
        if (className == null || className.isBlank()) {
            return NONE;
        }
        String name = className.strip();
        return ServiceLoader.load(Translator.class).stream().filter(p -> p.type().getName().equals(name))
                .findFirst().map(ServiceLoader.Provider::get)
                .orElseThrow(() -> new IllegalArgumentException("No machine translator " + name + " on the class path "
                        + "(irm.report.machineTranslator names a class listed in META-INF/services/org.irm.report.Translator)."));
    }
}
