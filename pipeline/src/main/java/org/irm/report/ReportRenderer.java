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
import java.io.Writer;
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
        // Templates are laid out on lines for their editors; Word needs none of the line breaks between elements.
        Compacting out = new Compacting(64 * 1024);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new IOException("The report template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        }
        return out.text();
    }

    /**
     * The text without the line breaks, and the spaces and tabs around them, that stand between a
     * {@code >} and a {@code <}: what {@code >[ \t]*\R\s*<} matches becomes {@code ><}.
     */
    static String withoutLineBreaksBetweenElements(String text) {
        Compacting out = new Compacting(text.length());
        out.write(text, 0, text.length());
        return out.text();
    }

    /**
     * A writer that takes out, as the template writes, what {@link #withoutLineBreaksBetweenElements}
     * takes out: the rendering is not copied twice more (out of the writer, then without the breaks), and
     * its appends take no lock (a StringWriter's buffer is a StringBuffer). White space after a
     * {@code >} is held back until what follows shows whether it goes.
     */
    static final class Compacting extends Writer {
        /** In text or a tag; right after a '>' (spaces, tabs); after a line break there (any white space). */
        private static final int TEXT = 0;
        private static final int AFTER_TAG = 1;
        private static final int AFTER_BREAK = 2;

        private final StringBuilder out;
        private final StringBuilder held = new StringBuilder();
        private int state = TEXT;

        Compacting(int capacity) {
            out = new StringBuilder(capacity);
        }

        /** What was written, with what is held back given back. */
        String text() {
            release();
            return out.toString();
        }

        @Override
        public void write(String text, int offset, int length) {
            int end = offset + length;
            int i = offset;
            while (i < end) {
                if (state == TEXT) {
                    int tag = text.indexOf('>', i);
                    if (tag < 0 || tag >= end) {
                        out.append(text, i, end);
                        return;
                    }
                    out.append(text, i, tag + 1);
                    state = AFTER_TAG;
                    i = tag + 1;
                } else {
                    put(text.charAt(i++));
                }
            }
        }

        @Override
        public void write(char[] text, int offset, int length) {
            int end = offset + length;
            int i = offset;
            while (i < end) {
                if (state == TEXT) {
                    int from = i;
                    while (i < end && text[i] != '>') {
                        i++;
                    }
                    if (i == end) {
                        out.append(text, from, end - from);
                        return;
                    }
                    out.append(text, from, i + 1 - from);
                    state = AFTER_TAG;
                    i++;
                } else {
                    put(text[i++]);
                }
            }
        }

        @Override
        public void write(int c) {
            put((char) c);
        }

        private void put(char c) {
            switch (state) {
                case AFTER_TAG -> {
                    if (c == ' ' || c == '\t') {
                        held.append(c);
                    } else if (isLineBreak(c)) { // \R: a CR LF goes on as a CR, then LF as white space
                        held.append(c);
                        state = AFTER_BREAK;
                    } else {
                        release();
                        put(c);
                    }
                }
                case AFTER_BREAK -> {
                    if (isRegexSpace(c)) {
                        held.append(c);
                    } else if (c == '<') {
                        held.setLength(0);
                        state = TEXT;
                        out.append(c);
                    } else {
                        release();
                        put(c);
                    }
                }
                default -> {
                    out.append(c);
                    if (c == '>') {
                        state = AFTER_TAG;
                    }
                }
            }
        }

        /** What was held back stays: no '<' came after it. */
        private void release() {
            out.append(held);
            held.setLength(0);
            state = TEXT;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** {@code \s} of a regular expression: space, tab, LF, VT, FF, CR. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** One character of {@code \R}: LF, VT, FF, CR, NEL, LS, PS (CR LF is a CR then white space). */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
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
