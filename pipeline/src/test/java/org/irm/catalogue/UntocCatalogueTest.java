package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irm.config.TemplateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The UNTOC questionnaires of cluster I: valid against the schema, the cluster's articles, labels in six languages. */
class UntocCatalogueTest {

    private static final CatalogueLoader BUNDLED = new CatalogueLoader(TemplateSource.bundled());
    private static I18nLabels labels;

    @TempDir
    Path overrides;

    @BeforeAll
    static void loadLabels() throws CatalogueException {
        labels = I18nLabels.load(TemplateSource.bundled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"untoc", "tip", "som", "fa"})
    void eachInstrumentsClusterOneQuestionnaireIsValidAgainstTheSchemaAndLoads(String instrument) throws Exception {
        Catalogue catalogue = BUNDLED.load(instrument, 1, 1);

        assertThat(catalogue.instrument()).isEqualTo(instrument);
        assertThat(catalogue.cluster()).isEqualTo(1);
        assertThat(catalogue.mechanism()).isEqualTo("untoc");
        assertThat(catalogue.provisions()).allSatisfy(p -> assertThat(p.id()).startsWith(instrument + "."));
        assertThat(catalogue.general().id()).isEqualTo(instrument + ".general");
    }

    @Test
    void clusterOneHasTheArticlesOfTheClusterAllocation() throws Exception {
        assertThat(articles("untoc")).containsExactly(5, 6, 8, 9, 10, 15, 23);
        assertThat(articles("tip")).containsExactly(5);
        assertThat(articles("som")).containsExactly(5, 6);
        assertThat(articles("fa")).containsExactly(5);
        assertThat(BUNDLED.load("untoc", 1, 1).protocols()).containsExactly("tip", "som", "fa");
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

        assertThat(review.chapters()).extracting(Chapter::instrument).containsExactly("untoc", "tip", "som", "fa");
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
        for (String instrument : List.of("untoc", "tip", "som", "fa")) {
            Catalogue catalogue = BUNDLED.load(instrument, 1, 1);
            for (String key : List.of("checklist.title", "checklist.subtitle", "cycle.1", "cluster.1.title")) {
                assertThat(labels.instrumentText(language, instrument, "untoc", key)).as(instrument + " " + key)
                        .doesNotContain("[").isNotEqualTo(labels.text(language, key));
            }
            for (Chapter chapter : catalogue.chapters()) {
                assertThat(labels.find(language, instrument + ".chapter.I.title")).as(instrument).isPresent();
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
        return BUNDLED.load(instrument, 1, 1).articles().map(Article::number).toList();
    }
}
