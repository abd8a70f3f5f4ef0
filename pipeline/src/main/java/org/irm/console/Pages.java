package org.irm.console;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;

/**
 * The console's pages, rendered on the server with FreeMarker from {@code templates/console/*.ftlh}.
 * Every value is HTML-escaped unless a template says otherwise (HTML output format for all
 * templates), so what a State wrote, however it is written, shows as text and never runs.
 */
final class Pages {

    private final Configuration freemarker;
    private final ConsoleLabels labels;

    Pages(TemplateSource templates) {
        this.labels = new ConsoleLabels(templates);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(new ConsoleTemplateLoader(templates));
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocale(Locale.ROOT);
        freemarker.setNumberFormat("computer");
    }

    /**
     * Renders a page in a language: the model plus {@code t} (the labels), {@code lang} and {@code dir}
     * ({@code rtl} for Arabic), {@code date} (dates in the language's words, {@link ConsoleDates}) and
     * {@code months} (the month names, as JSON, for the charts' time axes).
     */
    String render(String page, Language language, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("t", labels.of(language));
        all.put("lang", language.code());
        all.put("dir", language.rightToLeft() ? "rtl" : "ltr");
        all.put("date", new ConsoleDates(language));
        all.put("months", ConsoleJson.write(ConsoleDates.months(language)));
        try {
            Template template = freemarker.getTemplate(page);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(all, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("The console page " + page + " cannot be read: " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("The console page " + page + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }

    /** The labels of a language (for texts set outside templates, such as a refusal's message). */
    Map<String, String> labels(Language language) {
        return labels.of(language);
    }
}
