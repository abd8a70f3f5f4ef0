package org.irm.returns;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;

/**
 * The texts the desk answers with, from {@code templates/mail/}, which the secretariat edits: one
 * FreeMarker template per kind of answer and language ({@code registered_fr.ftl},
 * {@code refused_ar.ftl}, {@code duplicate_en.ftl}) whose first line is the subject and the rest
 * the body; and the refusal reasons worded per language ({@code reasons_<lang>.properties}, keyed
 * by reason code). A language without a template falls back to English.
 */
final class MailTexts {

    /** An answer's subject and body. */
    record Text(String subject, String body) {
        /** Subject and body as one text, for a receipt file. */
        String asFile() {
            return subject + "\n\n" + body;
        }
    }

    private static final int MAX_BYTES = 256 * 1024;

    private final TemplateSource templates;
    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
    private final Map<String, Template> loaded = new ConcurrentHashMap<>();
    private final Map<Language, Properties> reasons = new ConcurrentHashMap<>();

    MailTexts(TemplateSource templates) {
        this.templates = templates;
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /** Renders the kind of answer ({@code registered}, {@code refused}, {@code duplicate}) in a language. */
    Text render(String kind, Language language, Map<String, Object> model) {
        Template template = template(kind, language);
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException("The answer template " + template.getName() + " cannot be filled: "
                    + e.getMessage(), e);
        }
        String text = out.toString().replace("\r\n", "\n").strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? new Text(text, "") : new Text(text.substring(0, newline).strip(), text.substring(newline + 1).strip() + "\n");
    }

    /** The reason for a refusal in a language, when the secretariat worded that code in it. */
    Optional<String> reason(Language language, String code) {
        Properties words = reasons.computeIfAbsent(language, this::loadReasons);
        return Optional.ofNullable(words.getProperty(code)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private Template template(String kind, Language language) {
        String path = "mail/" + kind + "_" + language.code() + ".ftl";
        String chosen = templates.exists(path) ? path : "mail/" + kind + "_en.ftl";
        return loaded.computeIfAbsent(chosen, name -> {
            try (TemplateSource.Template file = templates.open(name)) {
                String text = new String(file.stream().readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
                return new Template(name, new StringReader(text), freemarker);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the answer template " + name + ": " + e.getMessage(), e);
            }
        });
    }

    private Properties loadReasons(Language language) {
        Properties words = new Properties();
        String path = "mail/reasons_" + language.code() + ".properties";
        if (!templates.exists(path)) {
            return words;
        }
        try (TemplateSource.Template file = templates.open(path);
             InputStream in = file.stream()) {
            words.load(new InputStreamReader(new java.io.ByteArrayInputStream(in.readNBytes(MAX_BYTES)),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        return words;
    }
}
