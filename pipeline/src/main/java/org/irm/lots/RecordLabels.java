package org.irm.lots;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.irm.config.TemplateSource;

/** The wording of the draw's documents, from {@code templates/lots/record.properties}. */
public final class RecordLabels {

    static final String PATH = "lots/record.properties";

    private final Properties labels;

    private RecordLabels(Properties labels) {
        this.labels = labels;
    }

    /** Reads the wording from the templates (an override folder first, then the bundled copy). */
    public static RecordLabels from(TemplateSource templates) throws IOException {
        Properties labels = new Properties();
        try (TemplateSource.Template template = templates.open(PATH);
             Reader reader = new InputStreamReader(template.stream(), StandardCharsets.UTF_8)) {
            labels.load(reader);
        }
        return new RecordLabels(labels);
    }

    /** An instrument's name ("United Nations Convention against Corruption"), or its key in capitals when unnamed. */
    public String instrument(String key) {
        return labels.getProperty("instrument." + key, key.toUpperCase(Locale.ROOT));
    }

    /** The box a reviewing State was drawn from, in words ("all States parties"). */
    public String role(Role role) {
        return text("role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** A milestone of the timeline in words ("Desk review"); an unnamed one spelt out from its key ("legal review"). */
    public String milestone(String key) {
        String named = labels.getProperty("milestone." + key);
        if (named != null) {
            return named;
        }
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The text of a key with its arguments filled in; the key itself when the file lacks it. */
    public String text(String key, Object... args) {
        String pattern = labels.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
