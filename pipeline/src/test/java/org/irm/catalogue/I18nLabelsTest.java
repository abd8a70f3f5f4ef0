package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.irm.config.TemplateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;


class I18nLabelsTest {

    private static I18nLabels labels;

    @TempDir
    Path overrides;

    @BeforeAll
    static void loadBundled() throws CatalogueException {
        labels = I18nLabels.load(TemplateSource.bundled());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasExactlyTheEnglishKeys(Language language) {
        assertThat(labels.keys(language)).isEqualTo(labels.keys(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noLabelIsBlank(Language language) {
        assertThat(labels.keys(language)).allSatisfy(key ->
                assertThat(labels.find(language, key)).as(key).hasValueSatisfying(text -> assertThat(text).isNotBlank()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void labelsUseTheSameArgumentsAsEnglish(Language language) {
        assertThat(labels.keys(language)).allSatisfy(key -> assertThat(arguments(labels.find(language, key).orElseThrow()))
                .as(key).isEqualTo(arguments(labels.find(Language.EN, key).orElseThrow())));
    }

    @Test
    void everyArticleAndChapterHasATitleInEveryLanguage() {
        ConventionStructure reference = reference();
        List<String> keys = new ArrayList<>();
        reference.articles.keySet().forEach(number -> keys.add("article." + number + ".title"));
        reference.chapters.keySet().forEach(chapter -> keys.add("chapter." + chapter + ".title"));
        assertThat(reference.articles).hasSize(71);
        assertThat(reference.chapters).hasSize(8);

        for (Language language : Language.values()) {
            assertThat(keys).allSatisfy(key -> assertThat(labels.find(language, key)).as(language + " " + key).isPresent());
        }
    }

    @Test
    void englishTitlesAreTheConventionsOfficialTitles() {
        reference().articles.values().forEach(article -> assertThat(labels.text(Language.EN, "article." + article.number() + ".title"))
                .as("article %d", article.number()).isEqualTo(article.title()));
        reference().chapters.values().forEach(chapter -> assertThat(labels.text(Language.EN, "chapter." + chapter.number() + ".title"))
                .as("chapter %s", chapter.number()).isEqualTo(chapter.title()));
    }

    @Test
    void everyQuestionAndCodeOfBothCyclesHasLabels() throws CatalogueException {
        CatalogueLoader loader = new CatalogueLoader(TemplateSource.bundled());
        Set<String> needed = new TreeSet<>();
        for (Catalogue catalogue : List.of(loader.load("uncac", 1), loader.load("uncac", 2))) {
            Stream.concat(catalogue.provisions(), Stream.of(catalogue.general()))
                    .flatMap(p -> p.questions().stream())
                    .forEach(q -> needed.addAll(List.of("question." + q.id() + ".label", "question." + q.id() + ".help")));
            catalogue.codeLists().values().forEach(list -> list.codes().forEach(code -> needed.add("code." + list.id() + "." + code)));
            catalogue.chapters().forEach(chapter -> needed.add("chapter." + chapter.number() + ".number"));
            needed.add("cycle." + catalogue.cycle());
        }
        assertThat(labels.keys(Language.EN)).containsAll(needed);
    }

    @Test
    void everyKeyTheChecklistAndReportsRelyOnExists() {
        List<String> contract = new ArrayList<>(List.of("provision.article", "provision.paragraph", "provision.subparagraph",
                "provision.articleSubparagraph", "checklist.title", "checklist.subtitle", "checklist.cover.state",
                "checklist.cover.cycle", "checklist.cover.deadline", "checklist.cover.language", "checklist.cover.agency",
                "checklist.cover.provisions", "checklist.cover.instructionsHeading", "checklist.general.heading",
                "checklist.placeholder.text", "checklist.placeholder.choice", "checklist.placeholder.date",
                "checklist.previous.none", "checklist.footer.page", "heading.chapter", "heading.article"));
        for (int i = 1; i <= 6; i++) {
            contract.add("checklist.cover.instruction." + i);
        }
        for (Language language : Language.values()) {
            contract.add("language." + language.code());
        }
        assertThat(labels.keys(Language.EN)).containsAll(contract);
    }

    @Test
    void provisionTitlesCiteEachShapeOfProvision() {
        assertThat(labels.provisionTitle(Language.EN, provision(9, "1", "a"))).isEqualTo("Article 9, paragraph 1 (a)");
        assertThat(labels.provisionTitle(Language.EN, provision(9, "3", null))).isEqualTo("Article 9, paragraph 3");
        assertThat(labels.provisionTitle(Language.EN, provision(10, null, "b"))).isEqualTo("Article 10 (b)");
        assertThat(labels.provisionTitle(Language.EN, provision(51, null, null))).isEqualTo("Article 51");
        assertThat(labels.provisionTitle(Language.FR, provision(9, "1", "a"))).isEqualTo("Article 9, paragraphe 1, alinéa a)");
        assertThat(labels.provisionTitle(Language.ZH, provision(9, "1", "a"))).isEqualTo("第9条第1款第(a)项");
    }

    @Test
    void arabicCitesSubparagraphsWithArabicLettersInTheirOrder() {
        assertThat(labels.provisionTitle(Language.AR, provision(9, "1", "a"))).isEqualTo("الفقرة 1 (أ) من المادة 9");
        assertThat(labels.provisionTitle(Language.AR, provision(9, "1", "c"))).isEqualTo("الفقرة 1 (ج) من المادة 9");
        assertThat(labels.provisionTitle(Language.AR, provision(52, "1", "e"))).isEqualTo("الفقرة 1 (هـ) من المادة 52");
        assertThat(labels.provisionTitle(Language.AR, provision(10, null, "h"))).isEqualTo("الفقرة الفرعية (ح) من المادة 10");
    }

    @Test
    void generalBlockIsTitledAsGeneralInformation() {
        Provision general = new Provision("uncac.general", 0, null, null, List.of());
        assertThat(labels.provisionTitle(Language.ES, general)).isEqualTo(labels.text(Language.ES, "checklist.general.heading"));
    }

    @Test
    void headingsJoinNumberAndTitle() {
        assertThat(labels.articleHeading(Language.EN, 14)).isEqualTo("Article 14. Measures to prevent money-laundering");
        assertThat(labels.articleHeading(Language.FR, 14)).isEqualTo("Article 14. Mesures visant à prévenir le blanchiment d'argent");
        assertThat(labels.chapterHeading(Language.ZH, "II")).isEqualTo("第二章 预防措施");
    }

    @Test
    void apostrophesSurviveWithAndWithoutArguments() throws IOException, CatalogueException {
        Path french = overrides.resolve(I18nLabels.path(Language.FR));
        Files.createDirectories(french.getParent());
        Files.writeString(french, bundled(Language.FR) + "\ntest.apostrophe=l'article {0} de l'instrument\n", StandardCharsets.UTF_8);

        I18nLabels edited = I18nLabels.load(TemplateSource.withOverrides(overrides));

        assertThat(edited.text(Language.FR, "test.apostrophe", "9")).isEqualTo("l'article 9 de l'instrument");
        assertThat(edited.text(Language.FR, "test.apostrophe")).isEqualTo("l'article {0} de l'instrument");
    }

    @Test
    void missingLabelFallsBackToEnglishThenToTheKey() throws IOException, CatalogueException {
        Path spanish = overrides.resolve(I18nLabels.path(Language.ES));
        Files.createDirectories(spanish.getParent());
        Files.writeString(spanish, "\uFEFFchecklist.title=Lista editada\n", StandardCharsets.UTF_8);

        I18nLabels edited = I18nLabels.load(TemplateSource.withOverrides(overrides));

        assertThat(edited.text(Language.ES, "checklist.title")).isEqualTo("Lista editada");
        assertThat(edited.text(Language.ES, "article.9.title")).isEqualTo(edited.text(Language.EN, "article.9.title"));
        assertThat(edited.text(Language.ES, "no.such.key")).isEqualTo("[no.such.key]");
        assertThat(edited.text(Language.FR, "checklist.title")).isEqualTo(labels.text(Language.FR, "checklist.title"));
    }

    @Test
    void strayBraceShowsTheTextInsteadOfFailing() throws IOException, CatalogueException {
        Path english = overrides.resolve(I18nLabels.path(Language.EN));
        Files.createDirectories(english.getParent());
        Files.writeString(english, "broken=Article {0\n", StandardCharsets.UTF_8);

        assertThat(I18nLabels.load(TemplateSource.withOverrides(overrides)).text(Language.EN, "broken", "9")).isEqualTo("Article {0");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLabelIsFilledAsMessageFormatFillsIt(Language language) {
        Object[] arguments = {"first", "l'autre", "{1}"};
        int plain = 0;
        for (String key : labels.keys(language)) {
            String pattern = labels.find(language, key).orElseThrow();
            for (int given = 1; given <= arguments.length; given++) {
                Object[] some = java.util.Arrays.copyOf(arguments, given);
                String filled = I18nLabels.filledPlainly(pattern, some);
                if (filled != null) {
                    plain++;
                    assertThat(filled).as(key).isEqualTo(messageFormat(language, pattern, some));
                }
            }
        }
        assertThat(plain).isGreaterThan(labels.keys(language).size());
    }

    @Test
    void whatIsNotAPlainPlaceholderIsLeftToMessageFormat() {
        Object[] two = {"a", "b"};
        assertThat(I18nLabels.filledPlainly("{1} then {0}, {2} and {10}", two)).isEqualTo("b then a, {2} and {10}");
        assertThat(I18nLabels.filledPlainly("it's {0}", two)).isEqualTo(messageFormat(Language.EN, "it's {0}", two));
        for (String other : List.of("{0,number}", "{01}", "{ 0 }", "a } b", "{0", "{}", "{123}")) {
            assertThat(I18nLabels.filledPlainly(other, two)).as(other).isNull();
        }
        assertThat(I18nLabels.filledPlainly("{0}", new Object[] {7})).isNull();
        assertThat(labels.text(Language.EN, "provision.article", 1234)).isEqualTo("Article 1,234");
    }

    private static String messageFormat(Language language, String pattern, Object[] arguments) {
        return new java.text.MessageFormat(pattern.replace("'", "''"), language.locale()).format(arguments);
    }

    @Test
    void labelsSavedInAnotherEncodingAreRefusedWithTheLine() throws IOException {
        Path russian = overrides.resolve(I18nLabels.path(Language.RU));
        Files.createDirectories(russian.getParent());
        Files.write(russian, "a=b\nchecklist.title=\u0421\u043f\u0438\u0441\u043e\u043a\n".getBytes(Charset.forName("windows-1251")));

        assertThatThrownBy(() -> I18nLabels.load(TemplateSource.withOverrides(overrides)))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining(russian + ":2: is not UTF-8");
    }

    private static Provision provision(int article, String paragraph, String letter) {
        String id = "uncac." + article + (paragraph == null ? "" : "." + paragraph) + (letter == null ? "" : "." + letter);
        return new Provision(id, article, paragraph, letter, List.of());
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String bundled(Language language) throws IOException {
        try (TemplateSource.Template template = TemplateSource.bundled().open(I18nLabels.path(language))) {
            return new String(template.stream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The reference, read where a test needs it: the tests that do not still run without ../shared/data. */
    private static ConventionStructure reference() {
        return ConventionStructure.fromSharedData();
    }

    @Test
    void anArticleOfOneInstrumentIsNamedWithItsInstrumentInEachLanguage() {
        assertThat(labels.articleName(Language.EN, ArticleRef.parse("tip:5"))).isEqualTo("Trafficking in Persons Protocol, article 5");
        assertThat(labels.articleName(Language.FR, ArticleRef.parse("som:6")))
                .isEqualTo("Protocole relatif au trafic illicite de migrants, article 6");
        assertThat(labels.articleName(Language.ZH, ArticleRef.parse("tip:5"))).isEqualTo("贩运人口议定书第5条");
        assertThat(labels.articleName(Language.EN, ArticleRef.parse("5"))).isEqualTo("Article 5");
        assertThat(labels.articleName(Language.EN, ArticleRef.parse("xyz:3"))).isEqualTo("xyz, article 3");
    }
}
