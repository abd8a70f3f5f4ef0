package org.irm.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

    /**
     * Labels of mechanisms other than UNCAC, each in files of their own beside the main ones
     * ({@code i18n/untoc_<language>.properties}: the Organized Crime Convention, its Protocols and their
     * clusters), so their wording is kept and checked apart. Their keys start with the instrument's name.
     */
    static final List<String> MECHANISMS = List.of("untoc");

    /** Where a mechanism's labels in a language live, such as {@code i18n/untoc_fr.properties}. */
    public static String path(String mechanism, Language language) {
        return "i18n/" + mechanism + "_" + language.code() + ".properties";
    }

    /** Loads the six languages; each file may come from the override folder or the bundle. */
    public static I18nLabels load(TemplateSource templates) throws CatalogueException {
        Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> labels = new HashMap<>(read(TemplateFile.read(templates, path(language), MAX_BYTES)));
            for (String mechanism : MECHANISMS) {
                TemplateFile file = TemplateFile.read(templates, path(mechanism, language), MAX_BYTES);
                for (Map.Entry<String, String> label : read(file).entrySet()) {
                    if (labels.putIfAbsent(label.getKey(), label.getValue()) != null) {
                        throw CatalogueException.of(file.location(), 0, "defines '" + label.getKey() + "', which "
                                + path(language) + " defines already; keep one of them");
                    }
                }
            }
            byLanguage.put(language, Map.copyOf(labels));
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

    /**
     * A label of one instrument's documents: {@code <instrument>.<key>}, else its mechanism's
     * {@code <mechanism>.<key>} (a Protocol's questionnaire says what the Convention's says), else {@code <key>}.
     */
    public String instrumentText(Language language, String instrument, String mechanism, String key, Object... arguments) {
        for (String scoped : List.of(instrument + "." + key, mechanism + "." + key)) {
            if (find(language, scoped).isPresent() || find(Language.EN, scoped).isPresent()) {
                return text(language, scoped, arguments);
            }
        }
        return text(language, key, arguments);
    }

    /**
     * How an article an expert is given is named: "Article 5" for every instrument's article 5, or,
     * for one instrument's alone ({@code tip:5}), that instrument with it ("Trafficking in Persons
     * Protocol, article 5"), its name from {@code <instrument>.chapter.I.number}; an instrument
     * without labels keeps its short name.
     */
    public String articleName(Language language, ArticleRef article) {
        String number = Integer.toString(article.number());
        if (article.instrument() == null) {
            return text(language, "provision.article", number);
        }
        String instrument = article.instrument() + ".chapter.I.number";
        return text(language, "provision.articleOf", number,
                find(Language.EN, instrument).isEmpty() ? article.instrument() : text(language, instrument));
    }

    /** The article's heading with its instrument's title for it ({@code <instrument>.article.<n>.title} where there is one). */
    public String articleHeading(Language language, Article article) {
        String number = Integer.toString(article.number());
        String scoped = article.instrument() + ".article." + number + ".title";
        if (find(Language.EN, scoped).isEmpty()) {
            return articleHeading(language, article.number());
        }
        return text(language, "heading.article", text(language, "provision.article", number), text(language, scoped));
    }

    /** The chapter's heading, its instrument's own ({@code <instrument>.chapter.<n>.number} and {@code .title}) where there is one. */
    public String chapterHeading(Language language, Chapter chapter) {
        String scoped = chapter.instrument() + ".chapter." + chapter.number();
        if (find(Language.EN, scoped + ".title").isEmpty()) {
            return chapterHeading(language, chapter.number());
        }
        return text(language, "heading.chapter", text(language, scoped + ".number"), text(language, scoped + ".title"));
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
        String filled = filledPlainly(pattern, arguments);
        if (filled != null) {
            return filled;
        }
        // MessageFormat treats ' as a quote; labels use it as an apostrophe, so double every one.
        String escaped = pattern.replace("'", "''");
        try {
            return new MessageFormat(escaped, language.locale()).format(arguments);
        } catch (IllegalArgumentException badPattern) {
            // A stray brace in an edited label must not stop a checklist: show the text as written.
            return pattern;
        }
    }

    /**
     * What MessageFormat makes of the pattern (its apostrophes literal) when the arguments are strings and
     * its only braces are plain placeholders ({@code {0}}, {@code {1}}, ...): each filled with its argument
     * as it is, one with no argument kept as written. Null otherwise: MessageFormat formats the rest. A
     * report draft fills a few thousand labels, and parsing a MessageFormat for each was a twentieth of its
     * composing (issue 20).
     */
    static String filledPlainly(String pattern, Object[] arguments) {
        for (Object argument : arguments) {
            if (!(argument instanceof String)) {
                return null;
            }
        }
        StringBuilder filled = new StringBuilder(pattern.length() + 32);
        int copied = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '}') {
                return null; // a brace that closes no placeholder
            }
            if (c != '{') {
                continue;
            }
            int close = i + 1;
            while (close < pattern.length() && close - i <= 2 && pattern.charAt(close) >= '0' && pattern.charAt(close) <= '9') {
                close++;
            }
            // {0} to {99}, no leading zero: what MessageFormat would write back unchanged when the argument is missing
            boolean plain = close > i + 1 && close - i <= 3 && close < pattern.length() && pattern.charAt(close) == '}'
                    && (close == i + 2 || pattern.charAt(i + 1) != '0');
            if (!plain) {
                return null;
            }
            int index = Integer.parseInt(pattern, i + 1, close, 10);
            filled.append(pattern, copied, i);
            if (index < arguments.length) {
                filled.append((String) arguments[index]);
                copied = close + 1;
            } else {
                copied = i;
            }
            i = close;
        }
        return filled.append(pattern, copied, pattern.length()).toString();
    }
}
