package org.irm.console;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.irm.config.TemplateSource;

/**
 * Lets FreeMarker read the console's pages through {@link TemplateSource}: the secretariat's
 * override folder first, then the bundled copy. Names are relative to {@code templates/console/}.
 */
final class ConsoleTemplateLoader implements TemplateLoader {

    private static final String FOLDER = "console/";

    private final TemplateSource templates;

    ConsoleTemplateLoader(TemplateSource templates) {
        this.templates = templates;
    }

    @Override
    public Object findTemplateSource(String name) {
        return templates.exists(FOLDER + name) ? FOLDER + name : null;
    }

    @Override
    public long getLastModified(Object templateSource) {
        // Read once per server: a changed page is used from the next irm serve.
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return new InputStreamReader(templates.open((String) templateSource).stream(), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // The reader closes the stream.
    }
}
