package org.irm.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irm.catalogue.Article;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.CodeList;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.config.Sha256;
import org.irm.register.BlockTranslation;
import org.irm.register.ReportBlockVersion;

/**
 * Puts a draft's model together in one language: the review's facts worded and dated, per
 * chapter, article and provision the blocks to show (the version {@link ShownText} picks), each
 * marked with its language, and the map of blocks with the digest of the text each shows, which
 * the draft carries so that an edited block is recognised when the draft comes back.
 */
public final class ReportComposer {

    private static final Map<Language, String> WORD_LANGUAGE = Map.of(Language.AR, "ar-SA", Language.EN, "en-GB",
            Language.ES, "es-ES", Language.FR, "fr-FR", Language.RU, "ru-RU", Language.ZH, "zh-CN");

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final Translator translator;

    public ReportComposer(Catalogue catalogue, I18nLabels labels, Translator translator) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.translator = translator;
    }

    /** A composed draft: the templates' model and the blocks it shows, by tag. */
    public record Composed(CountryReport report, Map<String, ShownBlock> blocks) {

        /** The tags of the blocks shown in another language than the draft's, untranslated: not the draft's own words. */
        public Set<String> untranslatedTags() {
            Set<String> tags = new LinkedHashSet<>();
            blocks.values().stream().filter(b -> b.textLanguage() != Language.of(report.language()))
                    .forEach(b -> tags.add(b.tag()));
            return tags;
        }
    }

    /**
     * A block a draft in one language shows as its translators left it: untranslated, translated from
     * an earlier source text (stale), or machine-translated. What {@code irm translate export} offers.
     *
     * @param blockKey       the block
     * @param reference      where it belongs, in the draft's language ("Article 9, paragraph 1 (a)")
     * @param kind           what the block holds (measures, observations, recommendation...)
     * @param sourceLanguage the language of its source text
     * @param source         the source text's paragraphs
     * @param sourceSha256   the digest a translation of it records ({@code sha256} over the paragraphs, one per line)
     * @param earlier        a stale translation's paragraphs (the translator's earlier work), else empty
     */
    public record Untranslated(String blockKey, String reference, BlockKind kind, Language sourceLanguage,
                               List<String> source, String sourceSha256, List<String> earlier) {
        public Untranslated {
            source = List.copyOf(source);
            earlier = List.copyOf(earlier);
        }

        public boolean stale() {
            return !earlier.isEmpty();
        }
    }

    /**
     * What one block shows in a draft: the language of its text and the digest of its paragraphs,
     * and the bookmark around it (how the block is found when its tag is gone).
     */
    public record ShownBlock(String tag, Language textLanguage, String digest, String bookmark) { }

    /** The language as Word writes it in {@code w:lang}, such as {@code fr-FR}. */
    public static String wordLanguage(Language language) {
        return WORD_LANGUAGE.get(language);
    }

    /**
     * The locale numbers are written in, with the digits United Nations documents use in every
     * language, Arabic included (the Word paragraph numbers are in those digits too). Dates are
     * {@link DocumentDates}'.
     */
    static Locale formatting(Language language) {
        return Locale.forLanguageTag(wordLanguage(language) + "-u-nu-latn");
    }

    /**
     * The draft's model in one language.
     *
     * @param today the day the draft is made: a step dated after it is worded as due
     *              ({@code report.date.<step>.due}, where the step has such a label), not as done
     */
    public Composed compose(ReportKind kind, Language language, String symbol, ReviewFacts review,
                            StateAnswers answers, List<ReportBlockVersion> versions, LocalDate today) {
        return compose(kind, language, symbol, review, answers, versions, List.of(), today);
    }

    /** The draft, showing the translators' translations into its language where they are (see {@link ShownText}). */
    public Composed compose(ReportKind kind, Language language, String symbol, ReviewFacts review,
                            StateAnswers answers, List<ReportBlockVersion> versions, List<BlockTranslation> translations,
                            LocalDate today) {
        Map<String, ShownText> shown = ShownText.choose(versions, translations, language, translator);
        // The outcome blocks (good practices, recommendations, TA needs) of each provision, in key order.
        Map<String, Map<String, ReportBlockVersion>> definitions = new LinkedHashMap<>();
        // The register gives them in text order of their keys (recommendation 10 before 2): shown in number order.
        // Each key parsed once, not at every comparison of the sort.
        versions.stream().map(v -> new Keyed(BlockKey.parse(v.blockKey()).orElseThrow(), v))
                .sorted(Comparator.comparing(Keyed::key, BlockKey.SHOWN_ORDER)).map(Keyed::version)
                .forEach(v -> definitions.computeIfAbsent(v.provisionId(), p -> new LinkedHashMap<>()).putIfAbsent(v.blockKey(), v));
        Map<String, ShownBlock> map = new LinkedHashMap<>();
        Context context = new Context(language, shown, map);
        List<CountryReport.ChapterView> chapters = new ArrayList<>();
        int[] counts = new int[3];
        for (Chapter chapter : catalogue.chapters()) {
            List<CountryReport.ArticleView> articles = new ArrayList<>();
            for (Article article : chapter.articles()) {
                CountryReport.ArticleView view = article(article, answers, definitions, context);
                counts[0] += view.goodPractices().size();
                counts[1] += view.recommendations().size();
                counts[2] += view.taNeeds().size();
                articles.add(view);
            }
            chapters.add(new CountryReport.ChapterView(chapter.number(), labels.chapterHeading(language, chapter),
                    articles));
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(formatting(language));
        CountryReport report = new CountryReport(kind.code(), language.code(), wordLanguage(language),
                language.rightToLeft(), symbol, review.state(), review.stateName(), review.reviewId(),
                labels.instrumentText(language, catalogue.instrument(), catalogue.mechanism(), "cycle." + review.cycle()),
                labels.text(language, "language." + review.reviewLanguage().code()),
                review.reviewingStates().stream().map(r -> new CountryReport.Reviewer(r.iso3(), r.name(),
                        labels.find(language, "report.role." + r.role()).orElse(r.role()))).toList(),
                review.dates().stream().map(d -> new CountryReport.DatedStep(stepLabel(d, language, today),
                        DocumentDates.format(d.date(), language))).toList(),
                chapters,
                new CountryReport.Counts(numbers.format(counts[0]), numbers.format(counts[1]), numbers.format(counts[2])),
                catalogue.mechanism());
        return new Composed(report, map);
    }

    /** "Desk review completed" once its date is past; "Desk review due" while it is still to come. */
    private String stepLabel(ReviewFacts.ReviewDate date, Language language, LocalDate today) {
        String key = "report.date." + date.step();
        return (date.date().isAfter(today) ? labels.find(language, key + ".due") : Optional.<String>empty())
                .or(() -> labels.find(language, key)).orElse(date.step());
    }

    private record Keyed(BlockKey key, ReportBlockVersion version) { }

    /**
     * The blocks the drafts in this language (the report shows every block the summary does) show
     * untranslated, stale or machine-translated, in the report's order.
     */
    public List<Untranslated> untranslated(Language language, ReviewFacts review, StateAnswers answers,
                                           List<ReportBlockVersion> versions, List<BlockTranslation> translations) {
        Map<String, ShownText> shown = ShownText.choose(versions, translations, language, translator);
        // Any day: how the review's steps are worded is not a segment to translate.
        Composed report = compose(ReportKind.REPORT, language, "", review, answers, versions, translations, LocalDate.MAX);
        List<Untranslated> untranslated = new ArrayList<>();
        for (CountryReport.ChapterView chapter : report.report().chapters()) {
            for (CountryReport.ArticleView article : chapter.articles()) {
                List<CountryReport.BlockView> views = new ArrayList<>();
                article.provisions().forEach(p -> {
                    views.add(p.measures());
                    views.add(p.observations());
                });
                views.addAll(article.goodPractices());
                views.addAll(article.recommendations());
                article.taNeeds().forEach(need -> views.add(need.description()));
                for (CountryReport.BlockView view : views) {
                    BlockKey key = BlockKey.parse(view.tag()).orElseThrow();
                    ShownText text = shown.get(key.toString());
                    if (view.placeholder() || text == null || !text.awaitsTranslation(language)) {
                        continue;
                    }
                    String source = text.source().text();
                    untranslated.add(new Untranslated(key.toString(), view.reference(), key.kind(),
                            text.source().textLanguage(), paragraphs(source), ShownText.sourceDigest(source),
                            text.how() == ShownText.How.STALE ? paragraphs(text.text()) : List.of()));
                }
            }
        }
        return untranslated;
    }

    private record Context(Language language, Map<String, ShownText> shown, Map<String, ShownBlock> map) { }

    private CountryReport.ArticleView article(Article article, StateAnswers answers,
                                              Map<String, Map<String, ReportBlockVersion>> definitions, Context context) {
        Language language = context.language();
        List<CountryReport.ProvisionView> provisions = new ArrayList<>();
        List<CountryReport.BlockView> goodPractices = new ArrayList<>();
        List<CountryReport.BlockView> recommendations = new ArrayList<>();
        List<CountryReport.TaNeedView> taNeeds = new ArrayList<>();
        for (Provision provision : article.provisions()) {
            String title = labels.provisionTitle(language, provision);
            provisions.add(new CountryReport.ProvisionView(provision.id(), title, compliance(provision, answers, language),
                    challenges(provision, answers, language),
                    block(BlockKey.of(provision.id(), BlockKind.MEASURES), title, context),
                    block(BlockKey.of(provision.id(), BlockKind.OBSERVATIONS), title, context)));
            for (ReportBlockVersion definition : definitions.getOrDefault(provision.id(), Map.of()).values()) {
                if (definition.kind().equals(BlockKind.MEASURES.code()) || definition.kind().equals(BlockKind.OBSERVATIONS.code())) {
                    continue;
                }
                BlockKey key = BlockKey.parse(definition.blockKey()).orElseThrow();
                if (isEmpty(key, definition, context)) {
                    continue;
                }
                switch (key.kind()) {
                    case GOOD_PRACTICE -> goodPractices.add(block(key, title, context));
                    case RECOMMENDATION -> recommendations.add(block(key, title, context));
                    case TA_NEED -> taNeeds.add(new CountryReport.TaNeedView(needHeading(definition, language), title,
                            block(key, title, context)));
                    default -> { }
                }
            }
        }
        return new CountryReport.ArticleView(article.number(), labels.articleHeading(language, article),
                provisions, goodPractices, recommendations, taNeeds);
    }

    /**
     * A good practice, recommendation or need withdrawn from every source (all versions empty) leaves the
     * draft; a form of assistance ticked (first cycle, with a category) stays, its description asked for.
     */
    private static boolean isEmpty(BlockKey key, ReportBlockVersion definition, Context context) {
        ShownText text = context.shown().get(key.toString());
        boolean formOfAssistance = key.kind() == BlockKind.TA_NEED && definition.category() != null;
        return !formOfAssistance && (text == null || text.text().isBlank());
    }

    /**
     * What the needs table shows beside a need: the form of assistance ticked (first cycle), or for a need
     * stated in the State's words its priority, or "Need" when it gave none.
     */
    private String needHeading(ReportBlockVersion definition, Language language) {
        if (definition.category() != null) {
            return labels.text(language, "code.ta-needs." + definition.category());
        }
        if (definition.priority() != null) {
            return labels.text(language, "report.ta.priority", labels.find(language, "code.ta-priority." + definition.priority())
                    .orElse(definition.priority()));
        }
        return labels.text(language, "report.ta.need");
    }

    private CountryReport.BlockView block(BlockKey key, String reference, Context context) {
        Language language = context.language();
        ShownText text = context.shown().get(key.toString());
        List<String> paragraphs = text == null ? List.of() : paragraphs(text.text());
        boolean placeholder = paragraphs.isEmpty();
        Language textLanguage = placeholder ? language : text.language();
        if (placeholder) {
            paragraphs = List.of(labels.text(language, "report.block.empty." + key.kind().code()));
        }
        String note = "";
        if (!placeholder && text.original() != null) {
            String from = labels.text(language, "language." + text.original().code());
            note = switch (text.how()) {
                case TRANSLATED -> labels.text(language, "report.translatedBy", from, text.translator());
                case STALE -> labels.text(language, "report.translationStale", from, text.translator());
                default -> labels.text(language, "report.translatedFrom", from);
            };
        } else if (textLanguage != language) {
            note = labels.text(language, "report.writtenIn", labels.text(language, "language." + textLanguage.code()));
        }
        context.map().put(key.tag(), new ShownBlock(key.tag(), textLanguage, digest(paragraphs), key.bookmark()));
        return new CountryReport.BlockView(key.tag(), key.bookmark(), paragraphs, wordLanguage(textLanguage), textLanguage.rightToLeft(),
                note, reference, placeholder);
    }

    private String compliance(Provision provision, StateAnswers answers, Language language) {
        String code = answers.get(FieldId.of(provision.id(), "compliance"));
        return code.isEmpty() ? "" : labels.text(language, "code.compliance." + code);
    }

    private List<String> challenges(Provision provision, StateAnswers answers, Language language) {
        List<String> worded = new ArrayList<>();
        for (Question question : provision.questions()) {
            if (!question.id().equals("challenges")) {
                continue;
            }
            CodeList list = catalogue.codeList(question.codeList()).orElseThrow();
            for (String code : list.codes()) {
                if ("true".equals(answers.get(provision.field(question.id()).withOption(code)))) {
                    worded.add(labels.text(language, "code." + list.id() + "." + code));
                }
            }
        }
        return worded;
    }

    /** The paragraphs of a block's text: lines stripped, blank ones dropped (as the draft reader gives them back). */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The digest a translation records of the text it translated: {@link #digest} of its paragraphs. */
    public static String sourceDigest(List<String> paragraphs) {
        return digest(paragraphs.stream().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    /** sha256 over the paragraphs, one per line: equal for a block read back unedited. */
    static String digest(List<String> paragraphs) {
        return Sha256.hex(String.join("\n", paragraphs));
    }
}
