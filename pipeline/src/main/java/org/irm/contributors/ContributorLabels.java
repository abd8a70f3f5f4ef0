package org.irm.contributors;

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
 * The contributors' words in the six languages, from {@code templates/contributors/labels_<lang>.properties}
 * (the secretariat may override them like every template). A key a language lacks is shown in English.
 */
public final class ContributorLabels {

    private final Map<Language, Properties> labels = new EnumMap<>(Language.class);

    private ContributorLabels() {
    }

    public static ContributorLabels load(TemplateSource templates) {
        ContributorLabels loaded = new ContributorLabels();
        for (Language language : Language.values()) {
            String path = "contributors/labels_" + language.code() + ".properties";
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
            throw new ConfigurationException("The templates have no contributors/labels_en.properties: restore it from the release.");
        }
        return loaded;
    }

    /** The text of a key in a language (English when the language lacks it), its {0}, {1} filled in. */
    public String text(Language language, String key, Object... arguments) {
        String pattern = Optional.ofNullable(labels.get(language).getProperty(key))
                .or(() -> Optional.ofNullable(labels.get(Language.EN).getProperty(key)))
                .orElseThrow(() -> new ConfigurationException("templates/contributors/labels_en.properties has no " + key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale())
                .format(arguments);
    }

    /** A kind's name ("Civil society"), or its code when it is none of the three. */
    public String kind(Language language, String code) {
        return ContributorKind.ofCode(code).map(k -> text(language, "kind." + k.code())).orElse(code);
    }
}
