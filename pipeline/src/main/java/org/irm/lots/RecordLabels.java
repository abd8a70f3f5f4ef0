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

    /** The text of a key with its arguments filled in; the key itself when the file lacks it. */
    public String text(String key, Object... args) {
        String pattern = labels.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
