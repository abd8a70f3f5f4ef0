package org.irm.mail;

import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * The texts of the mails the secretariat sends, one FreeMarker template per kind and language in
 * {@code templates/mail/<kind>_<lang>.ftl}: the first line is the subject, the rest (after one
 * blank line) the plain-text body. The secretariat rewords them without a build by overriding
 * the file (see {@code irm.templates}).
 */
public final class MailTexts {

    /** A rendered mail text. */
    public record Text(String subject, String body) {
    }

    private final TemplateSource templates;
    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
    private final Map<String, Template> loaded = new ConcurrentHashMap<>();

    public MailTexts(TemplateSource templates) {
        this.templates = templates;
        freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        freemarker.setDefaultEncoding(StandardCharsets.UTF_8.name());
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
    }

    /**
     * Renders one kind of mail in one language.
     *
     * @param kind  the template's name, such as {@code checklist} or {@code no-attachment}
     * @param model the values the template names
     */
    public Text render(String kind, Language language, Map<String, ?> model) {
        String path = "mail/" + kind + "_" + language.code() + ".ftl";
        Template template = loaded.computeIfAbsent(path, this::load);
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            // The secretariat's template, not the file being answered, is at fault: every answer would fail alike.
            throw new ConfigurationException("The mail template " + path + " cannot be filled in: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString().replace("\r\n", "\n");
        int end = text.indexOf('\n');
        if (end < 0) {
            throw new ConfigurationException("The mail template " + path + " needs a subject line, a blank line and a body");
        }
        return new Text(text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n");
    }

    private Template load(String path) {
        try (TemplateSource.Template source = templates.open(path)) {
            String text = new String(source.stream().readAllBytes(), StandardCharsets.UTF_8);
            return new Template(source.location(), new StringReader(text), freemarker);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the mail template " + path + ": " + e.getMessage(), e);
        }
    }
}
