package org.irm.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * The analysis's words in the six languages, from {@code templates/analysis/labels_<lang>.properties}
 * (overridable like every template): the labels of categories, subcategories and tags, the coding
 * workbook's headers and the tables' titles. A key a language lacks is shown in English.
 */
public final class AnalysisLabels {

    private final Map<Language, Properties> labels = new EnumMap<>(Language.class);

    private AnalysisLabels() {
    }

    public static AnalysisLabels load(TemplateSource templates) {
        AnalysisLabels loaded = new AnalysisLabels();
        for (Language language : Language.values()) {
            loaded.labels.put(language, Templates.properties(templates, "analysis/labels_" + language.code() + ".properties",
                    language != Language.EN));
        }
        return loaded;
    }

    /** The text of a key in a language (English when the language lacks it), its {0}, {1} filled in. */
    public String text(Language language, String key, Object... arguments) {
        String pattern = find(language, key)
                .orElseThrow(() -> new ConfigurationException("templates/analysis/labels_en.properties has no " + key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale())
                .format(arguments);
    }

    /** The text of a key in this language or English, if either has it. */
    public Optional<String> find(Language language, String key) {
        return Optional.ofNullable(labels.get(language).getProperty(key))
                .or(() -> Optional.ofNullable(labels.get(Language.EN).getProperty(key)));
    }

    /** The text of a key in exactly this language, if it has one (for reading a label back). */
    public Optional<String> exactly(Language language, String key) {
        return Optional.ofNullable(labels.get(language).getProperty(key));
    }

    /** Reading the analysis templates, one place for the message when one is missing or unreadable. */
    static final class Templates {

        private Templates() {
        }

        static Properties properties(TemplateSource templates, String path, boolean optional) {
            Properties properties = new Properties();
            if (!templates.exists(path)) {
                if (optional) {
                    return properties;
                }
                throw new ConfigurationException("The templates have no " + path + ": restore it from the release.");
            }
            try (TemplateSource.Template template = templates.open(path)) {
                properties.load(new InputStreamReader(template.stream(), StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigurationException("Cannot read the template " + path + ": " + e.getMessage());
            }
            return properties;
        }
    }
}
