package org.irm.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.catalogue.StageWords;
import org.irm.config.TemplateSource;

/**
 * The written dialogue's words in the six languages, from {@code templates/dialogue/labels_<lang>.properties}
 * (which the secretariat may override like every template), and the markers that make a review copy's
 * comment a question ({@code question.markers}). A key a language lacks is shown in English.
 */
public final class DialogueLabels {

    private final StageWords words;
    private final List<String> markers = new ArrayList<>();

    private DialogueLabels(StageWords words) {
        this.words = words;
    }

    /** The labels of the templates. */
    public static DialogueLabels load(TemplateSource templates) {
        DialogueLabels loaded = new DialogueLabels(StageWords.load(templates, "dialogue"));
        for (Language language : Language.values()) {
            for (String marker : loaded.words.exactly(language, "question.markers").orElse("").split("\\|")) {
                if (!marker.isBlank() && !loaded.markers.contains(marker.strip())) {
                    loaded.markers.add(marker.strip());
                }
            }
        }
        // The longest first: "Question:" before "Q", so the marker is cut off whole.
        loaded.markers.sort((a, b) -> b.length() - a.length());
        return loaded;
    }

    /** The text of a key in a language (English when the language lacks it), its {0}, {1} filled in. */
    public String text(Language language, String key, Object... arguments) {
        return words.text(language, key, arguments);
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
