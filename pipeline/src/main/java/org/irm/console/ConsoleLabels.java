package org.irm.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * The console's words in the six languages, from {@code templates/console/labels_<lang>.properties}
 * (UTF-8): a key missing in a language falls back to English, so a page never shows a bare key.
 */
final class ConsoleLabels {

    private final Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);

    ConsoleLabels(TemplateSource templates) {
        Map<String, String> english = load(templates, Language.EN);
        for (Language language : Language.values()) {
            Map<String, String> labels = new HashMap<>(english);
            if (language != Language.EN) {
                labels.putAll(load(templates, language));
            }
            byLanguage.put(language, Map.copyOf(labels));
        }
    }

    /** Every label of a language, keyed as in the files. */
    Map<String, String> of(Language language) {
        return byLanguage.get(language);
    }

    private static Map<String, String> load(TemplateSource templates, Language language) {
        String path = "console/labels_" + language.code() + ".properties";
        Properties properties = new Properties();
        try (TemplateSource.Template template = templates.open(path)) {
            properties.load(new InputStreamReader(template.stream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the console's labels " + path + ": " + e.getMessage());
        }
        Map<String, String> labels = new HashMap<>();
        properties.forEach((key, value) -> labels.put((String) key, (String) value));
        return labels;
    }
}
