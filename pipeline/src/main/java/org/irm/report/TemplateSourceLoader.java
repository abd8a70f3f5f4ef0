package org.irm.report;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.irm.config.TemplateSource;

/**
 * Lets FreeMarker read templates through {@link TemplateSource}: the secretariat's override
 * folder first, then the bundled copy, like every other template of the pipeline. Names are
 * relative to the templates root ({@code report/report.ftl}).
 */
final class TemplateSourceLoader implements TemplateLoader {

    private final TemplateSource templates;

    TemplateSourceLoader(TemplateSource templates) {
        this.templates = templates;
    }

    @Override
    public Object findTemplateSource(String name) {
        return templates.exists(name) ? name : null;
    }

    @Override
    public long getLastModified(Object templateSource) {
        // Loaded once per renderer: a changed template is read by the next command or pipeline start.
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        TemplateSource.Template template = templates.open((String) templateSource);
        return new InputStreamReader(template.stream(), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // The reader closes the stream.
    }
}
