package org.irm.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.irm.config.TemplateSource;

/**
 * The labels of {@code templates/i18n/labels_<language>.properties}, all six languages, read as
 * UTF-8 (a leading byte-order mark is tolerated). Lookups follow the {@link Labels} contract:
 * the language, then English, then {@code [key]}.
 *
 * <p>Arguments are filled with {@link MessageFormat} only when some are given, and apostrophes in
 * the text are literal, so editors write "l'article {0}" as they would anywhere else. Arguments
 * are best passed as strings: numbers would get locale grouping.
 *
 * <p>Immutable once loaded; safe to share between threads.
 */
public final class I18nLabels implements Labels {

    static final int MAX_BYTES = 1024 * 1024;

    private final Map<Language, Map<String, String>> byLanguage;

    private I18nLabels(Map<Language, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** Where a language's labels live under the templates root, such as {@code i18n/labels_fr.properties}. */
    public static String path(Language language) {
        return "i18n/labels_" + language.code() + ".properties";
    }

    /** Loads the six languages; each file may come from the override folder or the bundle. */
    public static I18nLabels load(TemplateSource templates) throws CatalogueException {
        Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, read(TemplateFile.read(templates, path(language), MAX_BYTES)));
        }
        return new I18nLabels(byLanguage);
    }

    private static Map<String, String> read(TemplateFile file) throws CatalogueException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file.text()));
        } catch (IllegalArgumentException | IOException e) {
            // Properties says only "Malformed \\uxxxx encoding", without a line.
            throw CatalogueException.of(file.location(), 0, "cannot be read as a properties file: " + e.getMessage());
        }
        Map<String, String> labels = new HashMap<>();
        properties.forEach((key, value) -> labels.put(key.toString().trim(), value.toString().strip()));
        return Map.copyOf(labels);
    }

    @Override
    public Optional<String> find(Language language, String key) {
        return Optional.ofNullable(byLanguage.get(language).get(key));
    }

    @Override
    public String text(Language language, String key, Object... arguments) {
        String pattern = find(language, key).or(() -> find(Language.EN, key)).orElse("[" + key + "]");
        return arguments == null || arguments.length == 0 ? pattern : format(language, pattern, arguments);
    }

    /** Every key the language's file defines, sorted (for completeness checks). */
    public Set<String> keys(Language language) {
        return new TreeSet<>(byLanguage.get(language).keySet());
    }

    /**
     * How a provision is cited, such as "Article 9, paragraph 1 (a)", "Article 10 (b)" or
     * "Article 51" ("الفقرة 1 (أ) من المادة 9": Arabic letters in the Arabic order; "Пункт 1 статьи 9": each language's own order); the general block is
     * the general-information heading.
     */
    public String provisionTitle(Language language, Provision provision) {
        String article = Integer.toString(provision.article());
        if (provision.id().endsWith(".general")) {
            return text(language, "checklist.general.heading");
        }
        String letter = SubparagraphLetters.of(provision.subparagraph(), language);
        if (provision.paragraph() == null) {
            return letter == null
                    ? text(language, "provision.article", article)
                    : text(language, "provision.articleSubparagraph", article, letter);
        }
        return letter == null
                ? text(language, "provision.paragraph", article, provision.paragraph())
                : text(language, "provision.subparagraph", article, provision.paragraph(), letter);
    }

    /**
     * A question's text: {@code question.<id>.label}, or for a question asking needs in the State's own
     * words {@code question.<id>.open.label} where the labels have it (the first cycle asks the same
     * question id as check boxes, with other words).
     */
    public String questionLabel(Language language, Question question) {
        if (question.kind() == QuestionKind.NEEDS) {
            Optional<String> open = find(language, "question." + question.id() + ".open.label");
            if (open.isPresent()) {
                return open.get();
            }
        }
        return text(language, "question." + question.id() + ".label");
    }

    /** An article's heading with its official title, such as "Article 9. Public procurement and management of public finances". */
    public String articleHeading(Language language, int article) {
        String number = Integer.toString(article);
        return text(language, "heading.article", text(language, "provision.article", number),
                text(language, "article." + number + ".title"));
    }

    /** A chapter's heading, such as "Chapter II. Preventive measures" or "第二章 预防措施". */
    public String chapterHeading(Language language, String chapter) {
        return text(language, "heading.chapter", text(language, "chapter." + chapter + ".number"),
                text(language, "chapter." + chapter + ".title"));
    }

    private static String format(Language language, String pattern, Object... arguments) {
        // MessageFormat treats ' as a quote; labels use it as an apostrophe, so double every one.
        String escaped = pattern.replace("'", "''");
        try {
            return new MessageFormat(escaped, language.locale()).format(arguments);
        } catch (IllegalArgumentException badPattern) {
            // A stray brace in an edited label must not stop a checklist: show the text as written.
            return pattern;
        }
    }
}
