package org.irm.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;

/**
 * Refusal reasons worded per language, from {@code templates/mail/reasons_<lang>.properties}
 * (keyed by reason code), which the secretariat edits. English needs no file: the desk's own
 * sentences are English. A code a language lacks is answered with the English sentence.
 */
final class RefusalReasons {

    private static final int MAX_BYTES = 256 * 1024;

    private final TemplateSource templates;
    private final Map<Language, Properties> loaded = new ConcurrentHashMap<>();

    RefusalReasons(TemplateSource templates) {
        this.templates = templates;
    }

    /** The reason in the language, or the English sentence when the language has none for the code. */
    String in(Language language, String code, String english) {
        if (language == Language.EN) {
            return english;
        }
        Properties words = loaded.computeIfAbsent(language, this::load);
        return Optional.ofNullable(words.getProperty(code)).map(String::strip).filter(s -> !s.isEmpty()).orElse(english);
    }

    private Properties load(Language language) {
        Properties words = new Properties();
        String path = "mail/reasons_" + language.code() + ".properties";
        if (!templates.exists(path)) {
            return words;
        }
        try (TemplateSource.Template file = templates.open(path);
             InputStream in = file.stream()) {
            words.load(new InputStreamReader(new ByteArrayInputStream(in.readNBytes(MAX_BYTES)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        return words;
    }
}
