package org.irm.followup;

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
 * The follow-up stage's words in the six languages, from {@code templates/followup/labels_<lang>.properties}
 * (which the secretariat may override like every template). A key a language lacks is shown in English.
 */
public final class FollowUpLabels {

    private final Map<Language, Properties> labels = new EnumMap<>(Language.class);

    private FollowUpLabels() {
    }

    public static FollowUpLabels load(TemplateSource templates) {
        FollowUpLabels loaded = new FollowUpLabels();
        for (Language language : Language.values()) {
            String path = "followup/labels_" + language.code() + ".properties";
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
            throw new ConfigurationException("The templates have no followup/labels_en.properties: restore it from the release.");
        }
        return loaded;
    }

    /** The text of a key in a language (English when the language lacks it), its {0}, {1} filled in. */
    public String text(Language language, String key, Object... arguments) {
        String pattern = Optional.ofNullable(labels.get(language).getProperty(key))
                .or(() -> Optional.ofNullable(labels.get(Language.EN).getProperty(key)))
                .orElseThrow(() -> new ConfigurationException("templates/followup/labels_en.properties has no " + key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale())
                .format(arguments);
    }

    /** A status's label, or the text as written when it is no status code. */
    public String status(Language language, String code) {
        return FollowUpStatusCode.ofCode(code).map(s -> text(language, s.labelKey())).orElse(code == null ? "" : code);
    }

    /**
     * The status a State wrote or chose, in any of the six languages or as its code; empty when the
     * text is none of them.
     */
    public Optional<FollowUpStatusCode> statusOf(String written) {
        String wanted = written == null ? "" : written.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Optional<FollowUpStatusCode> byCode = FollowUpStatusCode.ofCode(wanted);
        if (byCode.isPresent()) {
            return byCode;
        }
        for (FollowUpStatusCode status : FollowUpStatusCode.values()) {
            for (Language language : Language.values()) {
                if (text(language, status.labelKey()).equalsIgnoreCase(wanted)) {
                    return Optional.of(status);
                }
            }
        }
        return Optional.empty();
    }
}
