package org.irm.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;

/**
 * Renders a draft's WordprocessingML parts from the FreeMarker templates under
 * {@code templates/report/}: the body of each kind ({@code report.ftl}, {@code summary.ftl}),
 * {@code styles.ftl}, {@code numbering.ftl}, {@code header.ftl} and {@code footer.ftl}, with the
 * macros of {@code wml.ftl}. Templates see the {@link CountryReport} as {@code report}, the fixed
 * texts of {@code templates/i18n/} through {@code t("key", args...)}, and the fonts of
 * {@code report/fonts.properties} as {@code fonts}. Output is XML-escaped by default.
 *
 * <p>Thread-safe once built; templates are read once.
 */
public final class ReportRenderer {

    /** Stands for the header's relationship id in the rendered document until the package assigns it. */
    static final String HEADER_ID = "irmHeaderRelationship";
    /** Stands for the footer's relationship id likewise. */
    static final String FOOTER_ID = "irmFooterRelationship";

    /** Line breaks and indentation between two tags (never inside text: block text has no line breaks); what the scan does. */
    static final Pattern BETWEEN_ELEMENTS = Pattern.compile(">[ \\t]*\\R\\s*<");

    private final Configuration freemarker;
    private final I18nLabels labels;
    private final Properties fonts = new Properties();

    public ReportRenderer(TemplateSource templates, I18nLabels labels) throws IOException {
        this.labels = labels;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(new TemplateSourceLoader(templates));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        // Numbers and dates are formatted in Java for the report's language; templates print them as given.
        freemarker.setLocale(Locale.ROOT);
        freemarker.setNumberFormat("computer");
        try (TemplateSource.Template file = templates.open("report/fonts.properties")) {
            fonts.load(new InputStreamReader(file.stream(), StandardCharsets.UTF_8));
        }
    }

    /** The parts of one draft as XML text. */
    public record Parts(String document, String styles, String numbering, String header, String footer) { }

    public Parts render(CountryReport report) throws IOException {
        Map<String, Object> model = new HashMap<>();
        Language language = Language.of(report.language());
        model.put("report", report);
        model.put("t", new Wording(language, report.mechanism()));
        model.put("fonts", fontsOf(language));
        model.put("parts", Map.of("header", HEADER_ID, "footer", FOOTER_ID));
        return new Parts(render(ReportKind.of(report.kind()).template(), model), render("report/styles.ftl", model),
                render("report/numbering.ftl", model), render("report/header.ftl", model),
                render("report/footer.ftl", model));
    }

    private String render(String name, Map<String, Object> model) throws IOException {
        Template template = freemarker.getTemplate(name);
        StringWriter out = new StringWriter(64 * 1024);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new IOException("The report template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        }
        // Templates are laid out on lines for their editors; Word needs none of the line breaks between elements.
        return withoutLineBreaksBetweenElements(out.toString());
    }

    /**
     * The text without the line breaks, and the spaces and tabs around them, that stand between a
     * {@code >} and a {@code <}: what {@code >[ \t]*\R\s*<} matches becomes {@code ><}. A scan
     * instead of the regular expression, which cost a tenth of a draft's rendering. Over a String:
     * the StringWriter's own buffer is a StringBuffer, whose every charAt takes a lock.
     */
    static String withoutLineBreaksBetweenElements(String text) {
        int length = text.length();
        StringBuilder out = null;
        int copied = 0;
        int at = text.indexOf('>');
        while (at >= 0) {
            int j = at + 1;
            while (j < length && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            int k = lineBreakEnd(text, j);
            if (k >= 0) {
                while (k < length && isRegexSpace(text.charAt(k))) {
                    k++;
                }
                if (k < length && text.charAt(k) == '<') {
                    if (out == null) {
                        out = new StringBuilder(length);
                    }
                    out.append(text, copied, at + 1);
                    copied = k;
                    at = text.indexOf('>', k);
                    continue;
                }
            }
            at = text.indexOf('>', at + 1);
        }
        return out == null ? text : out.append(text, copied, length).toString();
    }

    /** {@code \s} of a regular expression: space, tab, LF, VT, FF, CR. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Where the line break at {@code at} ends ({@code \R}: CR LF, or one of LF, VT, FF, CR, NEL, LS, PS), or -1. */
    private static int lineBreakEnd(String text, int at) {
        if (at >= text.length()) {
            return -1;
        }
        char c = text.charAt(at);
        if (c == '\r') {
            return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
        }
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? at + 1 : -1;
    }

    private Map<String, String> fontsOf(Language language) {
        Map<String, String> byScript = new HashMap<>();
        for (String script : new String[] {"latin", "cs", "eastAsia"}) {
            byScript.put(script, font(language, script, "Times New Roman"));
        }
        // What stands for italics in Chinese; a fonts file without it keeps the East Asian font.
        byScript.put("eastAsiaEmphasis", font(language, "eastAsiaEmphasis", byScript.get("eastAsia")));
        return byScript;
    }

    private String font(Language language, String script, String otherwise) {
        return fonts.getProperty(language.code() + "." + script, fonts.getProperty("default." + script, otherwise));
    }

    /**
     * {@code t("key", args...)}: a label in the report's language, English when missing, never failing;
     * the mechanism's own wording where it has one ({@code untoc.report.subtitle}), else the common one.
     */
    private final class Wording implements TemplateMethodModelEx {
        private final Language language;
        private final String mechanism;

        Wording(Language language, String mechanism) {
            this.language = language;
            this.mechanism = mechanism == null ? "" : mechanism;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("t() needs a label key");
            }
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i)));
            }
            String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
            return labels.instrumentText(language, mechanism, mechanism, key, values);
        }
    }
}
