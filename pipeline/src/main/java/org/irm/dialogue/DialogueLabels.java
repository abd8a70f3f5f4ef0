package org.irm.dialogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * The written dialogue's words in the six languages, from {@code templates/dialogue/labels_<lang>.properties}
 * (which the secretariat may override like every template), and the markers that make a review copy's
 * comment a question ({@code question.markers}). A key a language lacks is shown in English.
 */
public final class DialogueLabels {

    private final Map<Language, Properties> labels = new EnumMap<>(Language.class);
    private final List<String> markers = new ArrayList<>();

    private DialogueLabels() {
    }

    /** The labels of the templates. */
    public static DialogueLabels load(TemplateSource templates) {
        DialogueLabels loaded = new DialogueLabels();
        for (Language language : Language.values()) {
            String path = "dialogue/labels_" + language.code() + ".properties";
            Properties properties = new Properties();
            if (templates.exists(path)) {
                try (TemplateSource.Template template = templates.open(path)) {
                    properties.load(new InputStreamReader(template.stream(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new ConfigurationException("Cannot read the template " + path + ": " + e.getMessage());
                }
            }
            loaded.labels.put(language, properties);
            for (String marker : properties.getProperty("question.markers", "").split("\\|")) {
                if (!marker.isBlank() && !loaded.markers.contains(marker.strip())) {
                    loaded.markers.add(marker.strip());
                }
            }
        }
        if (loaded.labels.get(Language.EN).isEmpty()) {
            throw new ConfigurationException("The templates have no dialogue/labels_en.properties: restore it from the release.");
        }
        // The longest first: "Question:" before "Q", so the marker is cut off whole.
        loaded.markers.sort((a, b) -> b.length() - a.length());
        return loaded;
    }

    /** The text of a key in a language (English when the language lacks it), its {0}, {1} filled in. */
    public String text(Language language, String key, Object... arguments) {
        String pattern = Optional.ofNullable(labels.get(language).getProperty(key))
                .or(() -> Optional.ofNullable(labels.get(Language.EN).getProperty(key)))
                .orElseThrow(() -> new ConfigurationException("templates/dialogue/labels_en.properties has no " + key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale())
                .format(arguments);
    }

    /**
     * The question a comment asks, when its text starts with a question marker of any of the six
     * languages (case ignored): the text after the marker. Empty for any other comment, and for a marker
     * with nothing after it.
     */
    public Optional<String> questionIn(String comment) {
        String text = comment == null ? "" : comment.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : markers) {
            if (lower.startsWith(marker.toLowerCase(Locale.ROOT))) {
                String question = text.substring(marker.length()).strip();
                return question.isEmpty() ? Optional.empty() : Optional.of(question);
            }
        }
        return Optional.empty();
    }
}
