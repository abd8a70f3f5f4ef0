package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.irm.config.TemplateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UNTOC questionnaires of the four clusters: each valid against the schema, the cluster's articles,
 * labels in six languages.
 */
class UntocCatalogueTest {

    private static final CatalogueLoader BUNDLED = new CatalogueLoader(TemplateSource.bundled());
    private static I18nLabels labels;

    @TempDir
    Path overrides;

    @BeforeAll
    static void loadLabels() throws CatalogueException {
        labels = I18nLabels.load(TemplateSource.bundled());
    }

    private static final List<String> INSTRUMENTS = List.of("untoc", "tip", "som", "fa");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    /** Every instrument of every cluster, as "instrument cluster". */
    static Stream<Arguments> questionnaires() {
        return IntStream.rangeClosed(1, 4).boxed()
                .flatMap(cluster -> INSTRUMENTS.stream().map(instrument -> Arguments.of(instrument, cluster)));
    }

    @ParameterizedTest(name = "{0} cluster {1}")
    @MethodSource("questionnaires")
    void eachInstrumentsQuestionnaireOfEachClusterIsValidAgainstTheSchemaAndLoads(String instrument, int cluster)
            throws Exception {
        String path = CatalogueLoader.path(instrument, 1, cluster);
        try (InputStream xml = TemplateSource.bundled().open(path).stream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Schema schema;
            try (InputStream xsd = TemplateSource.bundled().open("catalogue/catalogue.xsd").stream()) {
                schema = factory.newSchema(new StreamSource(xsd));
            }
            schema.newValidator().validate(new StreamSource(xml, path));
        }

        Catalogue catalogue = BUNDLED.load(instrument, 1, cluster);

        assertThat(catalogue.instrument()).isEqualTo(instrument);
        assertThat(catalogue.cluster()).isEqualTo(cluster);
        assertThat(catalogue.mechanism()).isEqualTo("untoc");
        assertThat(catalogue.protocols()).isEqualTo(instrument.equals("untoc") ? INSTRUMENTS.subList(1, 4) : List.of());
        assertThat(catalogue.chapters()).extracting(Chapter::number).containsExactly(ROMAN.get(cluster - 1));
        assertThat(catalogue.provisions()).isNotEmpty().allSatisfy(p -> assertThat(p.id()).startsWith(instrument + "."));
        assertThat(catalogue.general().id()).isEqualTo(instrument + ".general");
    }

    @Test
    void clusterOneHasTheArticlesOfTheClusterAllocation() throws Exception {
        // As La Strada International and GAATW report cluster I (SOURCES.md): the use-of-terms articles included.
        assertThat(articles("untoc")).containsExactly(2, 5, 6, 8, 9, 10, 15, 23);
        assertThat(articles("tip")).containsExactly(3, 5);
        assertThat(articles("som")).containsExactly(3, 5, 6);
        assertThat(articles("fa")).containsExactly(5);
        assertThat(BUNDLED.load("untoc", 1, 1).protocols()).containsExactly("tip", "som", "fa");
    }

    @Test
    void theUseOfTermsArticlesAskAboutTheArticleAndEachDefinitionOfTheAuthenticText() throws Exception {
        Catalogue cluster = BUNDLED.cluster("untoc", 1, 1);

        assertThat(cluster.article("untoc", 2).orElseThrow().provisions()).extracting(Provision::id).containsExactly("untoc.2",
                "untoc.2.a", "untoc.2.b", "untoc.2.c", "untoc.2.d", "untoc.2.e", "untoc.2.f", "untoc.2.g", "untoc.2.h",
                "untoc.2.i", "untoc.2.j");
        assertThat(cluster.article("tip", 3).orElseThrow().provisions()).extracting(Provision::id)
                .containsExactly("tip.3", "tip.3.a", "tip.3.b", "tip.3.c", "tip.3.d");
        assertThat(cluster.article("som", 3).orElseThrow().provisions()).extracting(Provision::id)
                .containsExactly("som.3", "som.3.a", "som.3.b", "som.3.c", "som.3.d");
        for (String key : List.of("untoc.article.2.title", "tip.article.3.title", "som.article.3.title")) {
            assertThat(labels.find(Language.EN, key)).as(key).contains("Use of terms");
        }
    }

    @ParameterizedTest(name = "{0} cluster {1}")
    @MethodSource("questionnaires")
    void eachQuestionnaireCitesWhereItsClusterAllocationComesFromAndSaysWhatIsOurs(String instrument, int cluster)
            throws Exception {
        String xml = new String(TemplateSource.bundled().open(CatalogueLoader.path(instrument, 1, cluster)).stream()
                .readAllBytes(), StandardCharsets.UTF_8);
        String header = xml.substring(0, xml.indexOf("<catalogue "));

        assertThat(header).contains("CLUSTER ALLOCATION", "resolution 9/1", "15-19 October",
                "https://vdocuments.net/resolution-91-establishment-of-the-mechanism-for-the-mechanismresolution.html",
                "the appendix itself was NOT read");
        if (cluster == 1 && !instrument.equals("fa")) {
            assertThat(header).contains("https://www.lastradainternational.org/news/constructive-dialogues-un-review-mechanism/",
                    "http://www.gaatw.org/2-uncategorised/1155-review-mechanism-of-untoc-update").doesNotContain("are OURS");
        } else {
            assertThat(header).containsPattern("(articles are|is) OURS");
        }
    }

    @Test
    void clustersTwoToFourHaveTheirArticlesEachOnceAcrossTheClusters() throws Exception {
        assertThat(articles("untoc", 2)).containsExactly(24, 25, 28, 29, 30, 31);
        assertThat(articles("tip", 2)).containsExactly(6, 7, 9, 12);
        assertThat(articles("som", 2)).containsExactly(12, 14, 15, 16);
        assertThat(articles("fa", 2)).containsExactly(7, 8, 9, 10, 11, 14, 15);
        assertThat(articles("untoc", 3)).containsExactly(7, 11, 12, 14, 20, 22, 26);
        assertThat(articles("tip", 3)).containsExactly(11);
        assertThat(articles("som", 3)).containsExactly(11);
        assertThat(articles("fa", 3)).containsExactly(6);
        assertThat(articles("untoc", 4)).containsExactly(13, 16, 17, 18, 19, 21, 27);
        assertThat(articles("tip", 4)).containsExactly(8, 10, 13);
        assertThat(articles("som", 4)).containsExactly(7, 8, 9, 10, 13, 17, 18);
        assertThat(articles("fa", 4)).containsExactly(12, 13);
        for (String instrument : INSTRUMENTS) {
            List<Integer> all = new ArrayList<>();
            for (int cluster = 1; cluster <= 4; cluster++) {
                all.addAll(articles(instrument, cluster));
            }
            assertThat(all).as(instrument).doesNotHaveDuplicates();
        }
    }

    @Test
    void provisionsFollowTheParagraphsAndLettersOfTheAuthenticText() throws Exception {
        Catalogue convention = BUNDLED.load("untoc", 1, 4);
        assertThat(convention.provision("untoc.18.3.i")).isPresent();
        assertThat(convention.provision("untoc.18.30")).isPresent();
        assertThat(convention.provision("untoc.18.31")).isEmpty();
        assertThat(convention.provision("untoc.17")).isPresent();
        assertThat(convention.provision("untoc.16.17")).isPresent();
        assertThat(BUNDLED.load("untoc", 1, 2).provision("untoc.31.2.d")).isPresent();
        assertThat(BUNDLED.load("tip", 1, 2).provision("tip.12.b")).isPresent();
        assertThat(BUNDLED.load("som", 1, 4).provision("som.18.8")).isPresent();
        assertThat(BUNDLED.load("fa", 1, 2).provision("fa.9.c")).isPresent();
        assertThat(BUNDLED.load("fa", 1, 3).provisions().map(Provision::id)).containsExactly("fa.6.1", "fa.6.2");
    }

    @Test
    void questionsAreShortAndMostlyClosed() throws Exception {
        Catalogue catalogue = BUNDLED.load("untoc", 1, 1);
        List<Question> asked = catalogue.provision("untoc.5.1.a").orElseThrow().questions();

        assertThat(asked).extracting(Question::id).containsExactly("implemented", "legislation", "explanation", "assistance");
        assertThat(asked).filteredOn(q -> q.kind() == QuestionKind.CHOICE).hasSize(2);
        assertThat(asked).noneMatch(q -> q.kind() == QuestionKind.LONG_TEXT);
    }

    @Test
    void theClusterCatalogueIsTheConventionFollowedByItsProtocolsWithoutACollidingId() throws Exception {
        Catalogue cluster = BUNDLED.cluster("untoc", 1, 1);

        assertThat(cluster.chapters()).extracting(Chapter::instrument).containsExactly("untoc", "tip", "som", "fa");
        assertThat(cluster.cluster()).isEqualTo(1);
        List<String> ids = cluster.provisions().map(Provision::id).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("untoc.5.1.a", "tip.5.2.c", "som.5", "fa.5.2.b");
        assertThat(cluster.provision("tip.5.1")).isPresent();
    }

    @Test
    void theReviewOfAnInstrumentReviewedByClusterGathersEveryClusterTheTemplatesHold() throws Exception {
        Catalogue review = BUNDLED.review("untoc", 1);

        List<String> chapters = review.chapters().stream().map(c -> c.instrument() + " " + c.number()).toList();
        assertThat(chapters).containsExactly("untoc I", "untoc II", "untoc III", "untoc IV", "tip I", "tip II", "tip III",
                "tip IV", "som I", "som II", "som III", "som IV", "fa I", "fa II", "fa III", "fa IV");
        assertThat(review.provisions().map(Provision::id)).doesNotHaveDuplicates();
        assertThat(BUNDLED.review("uncac", 2).id()).isEqualTo("uncac-cycle2");
    }

    @Test
    void aStateIsAskedOnlyAboutTheProtocolsItIsPartyTo() throws Exception {
        State brazil = new State("BRA", "Brazil", "Latin American and Caribbean States", true, true, "UN member State", "",
                Set.of("uncac", "untoc", "tip", "fa"));

        Catalogue answered = BUNDLED.cluster("untoc", 1, 1).answeredBy(brazil);

        assertThat(answered.chapters()).extracting(Chapter::instrument).containsExactly("untoc", "tip", "fa");
        assertThat(BUNDLED.load("uncac", 2).answeredBy(brazil).chapters()).hasSize(2);
    }

    @Test
    void aCatalogueFileDeclaringAnotherClusterIsRefused() throws Exception {
        String cluster1 = new String(TemplateSource.bundled().open(CatalogueLoader.path("tip", 1, 1)).stream()
                .readAllBytes(), StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(overrides.resolve("catalogue"));
        Files.writeString(folder.resolve("tip-cycle1-cluster2.xml"), cluster1, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new CatalogueLoader(TemplateSource.withOverrides(overrides)).load("tip", 1, 2))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("declares instrument 'tip' cycle 1 cluster 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "es", "fr", "ru", "zh"})
    void everyHeadingQuestionAndCodeOfTheQuestionnairesHasItsOwnLabelInTheLanguage(String code) throws Exception {
        Language language = Language.of(code);
        for (String instrument : INSTRUMENTS) {
          for (int cluster = 1; cluster <= 4; cluster++) {
            Catalogue catalogue = BUNDLED.load(instrument, 1, cluster);
            for (String key : List.of("checklist.title", "checklist.subtitle", "cycle.1", "cluster." + cluster + ".title")) {
                assertThat(labels.instrumentText(language, instrument, "untoc", key)).as(instrument + " " + key)
                        .doesNotContain("[").isNotEqualTo(labels.text(language, key));
            }
            for (Chapter chapter : catalogue.chapters()) {
                assertThat(labels.find(language, instrument + ".chapter." + chapter.number() + ".title")).as(instrument)
                        .isPresent();
                assertThat(labels.chapterHeading(language, chapter)).doesNotContain("[")
                        .isNotEqualTo(labels.chapterHeading(language, chapter.number()));
            }
            catalogue.articles().forEach(article -> {
                String title = labels.find(language, instrument + ".article." + article.number() + ".title").orElse(null);
                assertThat(title).as(instrument + " article " + article.number()).isNotBlank();
                assertThat(labels.articleHeading(language, article)).contains(title);
            });
            catalogue.provisions().flatMap(p -> p.questions().stream()).forEach(question ->
                    assertThat(labels.find(language, "question." + question.id() + ".label")).as(question.id()).isPresent());
            for (Map.Entry<String, CodeList> list : catalogue.codeLists().entrySet()) {
                list.getValue().codes().forEach(value -> assertThat(labels.find(language, "code." + list.getKey() + "." + value))
                        .as(list.getKey() + "." + value).isPresent());
            }
          }
        }
    }

    @Test
    void theEnglishArticleTitlesAreTheAuthenticOnes() {
        // Checked against the English text of the Convention and its Protocols (templates/catalogue/SOURCES.md).
        assertThat(labels.find(Language.EN, "untoc.article.30.title")).contains(
                "Other measures: implementation of the Convention through economic development and technical assistance");
        assertThat(labels.find(Language.EN, "tip.article.7.title"))
                .contains("Status of victims of trafficking in persons in receiving States");
        assertThat(labels.find(Language.EN, "som.article.9.title")).contains("Safeguard clauses");
        assertThat(labels.find(Language.EN, "fa.article.10.title"))
                .contains("General requirements for export, import and transit licensing or authorization systems");
    }

    @Test
    void theUntocLabelsFileMayNotRedefineAKeyOfTheMainLabels() throws Exception {
        Path i18n = Files.createDirectories(overrides.resolve("i18n"));
        String untoc = new String(TemplateSource.bundled().open(I18nLabels.path("untoc", Language.FR)).stream()
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("untoc_fr.properties"), untoc + "checklist.title=Autre titre\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> I18nLabels.load(TemplateSource.withOverrides(overrides)))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("'checklist.title'");
    }

    private static List<Integer> articles(String instrument) throws CatalogueException {
        return articles(instrument, 1);
    }

    private static List<Integer> articles(String instrument, int cluster) throws CatalogueException {
        return BUNDLED.load(instrument, 1, cluster).articles().map(Article::number).toList();
    }
}
