package org.irm.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * A stage's words in the six languages, from {@code templates/<folder>/labels_<lang>.properties}
 * (which the secretariat may override like every template). A key a language lacks is shown in
 * English; the English file must exist. One loader for the stages that keep their own label files
 * (follow-up, contributors, dialogue), which each wrap it with their own helpers.
 */
public final class StageWords {

    private final String folder;
    private final Map<Language, Properties> labels = new EnumMap<>(Language.class);

    private StageWords(String folder) {
        this.folder = folder;
    }

    /** The words of {@code templates/<folder>/labels_<lang>.properties}, every language. */
    public static StageWords load(TemplateSource templates, String folder) {
        StageWords loaded = new StageWords(folder);
        for (Language language : Language.values()) {
            String path = folder + "/labels_" + language.code() + ".properties";
            Properties properties = new Properties();
            if (templates.exists(path)) {
                try (TemplateSource.Template template = templates.open(path)) {
                    properties.load(new InputStreamReader(template.stream(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new ConfigurationException("Cannot read the template " + path + ": " + e.getMessage());
                }
            }
            loaded.labels.put(language, properties);
        }
        if (loaded.labels.get(Language.EN).isEmpty()) {
            throw new ConfigurationException("The templates have no " + folder
                    + "/labels_en.properties: restore it from the release.");
        }
        return loaded;
    }

    /** The text of a key in a language (English when the language lacks it), its {0}, {1} filled in. */
    public String text(Language language, String key, Object... arguments) {
        String pattern = Optional.ofNullable(labels.get(language).getProperty(key))
                .or(() -> Optional.ofNullable(labels.get(Language.EN).getProperty(key)))
                .orElseThrow(() -> new ConfigurationException("templates/" + folder + "/labels_en.properties has no " + key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale())
                .format(arguments);
    }

    /** A key's value in one language's file alone, without the English fallback. */
    public Optional<String> exactly(Language language, String key) {
        return Optional.ofNullable(labels.get(language).getProperty(key));
    }
}
