package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.irm.config.TemplateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


class CatalogueLoaderTest {

    private static Catalogue cycle1;
    private static Catalogue cycle2;

    @TempDir
    Path overrides;

    @BeforeAll
    static void loadBundled() throws CatalogueException {
        CatalogueLoader loader = new CatalogueLoader(TemplateSource.bundled());
        cycle1 = loader.load("uncac", 1);
        cycle2 = loader.load("uncac", 2);
    }

    @Test
    void secondCycleCatalogueDeclaresItsIdentity() {
        assertThat(cycle2.id()).isEqualTo("uncac-cycle2");
        assertThat(cycle2.instrument()).isEqualTo("uncac");
        assertThat(cycle2.cycle()).isEqualTo(2);
        assertThat(cycle2.version()).isNotBlank();
        assertThat(cycle2.chapters()).extracting(Chapter::number).containsExactly("II", "V");
        assertThat(cycle1.chapters()).extracting(Chapter::number).containsExactly("III", "IV");
    }

    @ParameterizedTest
    @CsvSource({"II", "V"})
    void provisionCountsPerChapterMatchTheStatedTotals(String chapter) {
        int[] stated = reference().totals.get(chapter);
        List<Provision> provisions = chapter(cycle2, chapter).articles().stream()
                .flatMap(article -> article.provisions().stream()).toList();

        assertThat(provisions.stream().filter(p -> p.subparagraph() == null).count()).isEqualTo(stated[0]);
        assertThat(provisions.stream().filter(p -> p.subparagraph() != null).count()).isEqualTo(stated[1]);
    }

    @ParameterizedTest
    @CsvSource({"2, II", "2, V", "1, III", "1, IV"})
    void everyArticleHasTheParagraphsAndLettersOfTheReference(int cycle, String chapter) {
        Catalogue catalogue = cycle == 1 ? cycle1 : cycle2;
        for (ConventionStructure.ArticleFacts facts : reference().articlesOf(chapter)) {
            Article article = catalogue.article(facts.number()).orElseThrow(() -> new AssertionError("article " + facts.number()));
            Map<Boolean, Long> split = article.provisions().stream()
                    .collect(Collectors.partitioningBy(p -> p.subparagraph() != null, Collectors.counting()));
            assertThat(split.get(false)).as("paragraph-level provisions of article %d", facts.number()).isEqualTo(facts.paragraphs());
            assertThat(split.get(true)).as("lettered provisions of article %d", facts.number()).isEqualTo(facts.letters());
        }
        assertThat(chapter(catalogue, chapter).articles()).extracting(Article::number)
                .isEqualTo(reference().articlesOf(chapter).stream().map(ConventionStructure.ArticleFacts::number).toList());
    }

    @ParameterizedTest
    @CsvSource({"II", "V"})
    void lettersSitInTheParagraphsTheReferenceNames(String chapter) {
        for (ConventionStructure.ArticleFacts facts : reference().articlesOf(chapter)) {
            List<String> lettered = cycle2.article(facts.number()).orElseThrow().provisions().stream()
                    .filter(p -> p.subparagraph() != null)
                    .map(p -> p.paragraph() == null ? p.subparagraph() : p.paragraph() + "." + p.subparagraph())
                    .toList();
            assertThat(lettered).as("article %d", facts.number()).isEqualTo(facts.lettered());
        }
    }

    @Test
    void articleNineIsReviewedParagraphByParagraphAndLetterByLetter() {
        assertThat(cycle2.article(9).orElseThrow().provisions()).extracting(Provision::id).containsExactly(
                "uncac.9.1", "uncac.9.1.a", "uncac.9.1.b", "uncac.9.1.c", "uncac.9.1.d", "uncac.9.1.e",
                "uncac.9.2", "uncac.9.2.a", "uncac.9.2.b", "uncac.9.2.c", "uncac.9.2.d", "uncac.9.2.e", "uncac.9.3");
    }

    @Test
    void articlesWithoutNumberedParagraphsAreProvisionsThemselves() {
        assertThat(cycle2.article(10).orElseThrow().provisions()).extracting(Provision::id)
                .containsExactly("uncac.10", "uncac.10.a", "uncac.10.b", "uncac.10.c");
        assertThat(cycle2.article(51).orElseThrow().provisions()).extracting(Provision::id).containsExactly("uncac.51");
        assertThat(cycle2.provision("uncac.10.b").orElseThrow().paragraph()).isNull();
    }

    @Test
    void everyProvisionAsksTheSameQuestionBlockWithItsRules() {
        List<String> ids = List.of("compliance", "measures", "examples", "steps", "challenges", "challengesOther",
                "taNeeds", "previousObservations", "previousUpdate");
        assertThat(cycle2.provisions()).allSatisfy(p -> assertThat(p.questions()).extracting(Question::id).isEqualTo(ids));

        Provision any = cycle2.provision("uncac.14.3.b").orElseThrow();
        assertThat(question(any, "measures").required()).isTrue();
        assertThat(question(any, "measures").maxWords()).contains(3000);
        assertThat(question(any, "steps").rules())
                .contains(new ValidationRule.RequiredWhen("compliance", Set.of("yes"), true));
        assertThat(question(any, "challengesOther").rules())
                .contains(new ValidationRule.RequiredWhen("challenges", Set.of("other"), false));
        assertThat(question(any, "compliance").kind()).isEqualTo(QuestionKind.CHOICE);
        assertThat(question(any, "compliance").rules()).contains(new ValidationRule.AllowedValues("compliance"));
        assertThat(question(any, "previousObservations").readOnly()).isTrue();
    }

    @Test
    void generalQuestionsAreAskedOnceUnderTheGeneralProvision() {
        Provision general = cycle2.general();
        assertThat(general.id()).isEqualTo("uncac.general");
        assertThat(general.questions()).extracting(Question::id, Question::kind, Question::required).containsExactly(
                Tuple.tuple("respondent", QuestionKind.TEXT, true),
                Tuple.tuple("agenciesConsulted", QuestionKind.LONG_TEXT, false),
                Tuple.tuple("submittedOn", QuestionKind.DATE, true));
        assertThat(cycle2.question(FieldId.parse("uncac.general/submittedOn"))).isPresent();
    }

    @Test
    void codeListsCarryTheirCycleVersion() {
        assertThat(cycle2.codeList("ta-needs").orElseThrow().codes()).startsWith("good-practices").endsWith("other", "none");
        assertThat(cycle2.codeList("compliance").orElseThrow().codes()).containsExactly("yes", "partly", "no");
        assertThat(cycle1.codeList("challenges").orElseThrow().version())
                .isNotEqualTo(cycle2.codeList("challenges").orElseThrow().version());
    }

    @Test
    void schemaViolationsAreReportedWithFileAndLine() throws IOException {
        Path file = writeOverride(bundledText().replace("<article number=\"7\">", "<article numero=\"7\">"));
        int line = lineOf(file, "numero=\"7\"");

        CatalogueException e = refusal();

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location()).isEqualTo(file.toString()));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("numero");
        });
        assertThat(e.getMessage()).contains(file + ":" + line + ": ");
    }

    @Test
    void everySchemaViolationIsReportedNotOnlyTheFirst() throws IOException {
        writeOverride(bundledText().replace("<code>partly</code>", "<code>Partly!</code>").replace("limit=\"300\"", "limit=\"many\""));

        assertThat(refusal().problems()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void catalogueWithAnExternalEntityIsRefused() throws IOException {
        Path secret = Files.writeString(overrides.resolve("secret.txt"), "TOP-SECRET");
        String text = bundledText().replaceFirst("<catalogue ", "<!DOCTYPE catalogue [<!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">]>\n<catalogue ").replace("<code>no</code>", "<code>&leak;</code>");
        writeOverride(text);

        CatalogueException e = refusal();

        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
    }

    @Test
    void unknownCodeListIsReportedWhereItIsUsed() throws IOException {
        Path file = writeOverride(bundledText().replace("codeList=\"ta-priority\">", "codeList=\"ta-need\">"));

        CatalogueException e = refusal();

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(file, "codeList=\"ta-need\">"));
            assertThat(p.message()).contains("code list 'ta-need' is not declared");
        });
    }

    @Test
    void requiredWhenMustNameAQuestionOfTheSet() throws IOException {
        Path file = writeOverride(bundledText().replace("question=\"compliance\" condition", "question=\"complience\" condition"));

        assertThat(refusal().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(file, "complience"));
            assertThat(p.message()).contains("'complience'");
        });
    }

    @Test
    void requiredWhenValuesMustBeCodesOfTheOtherQuestion() throws IOException {
        writeOverride(bundledText().replace("condition=\"none-of\" values=\"yes\"", "condition=\"none-of\" values=\"yes maybe\""));

        assertThat(refusal().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'maybe' is not a code of list 'compliance'"));
    }

    @Test
    void repeatedArticleIsReportedWithBothLines() throws IOException {
        Path file = writeOverride(bundledText().replace("<article number=\"8\">", "<article number=\"7\">"));

        List<CatalogueProblem> problems = refusal().problems();

        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .contains("article '7' is declared twice (first on line " + lineOf(file, "<article number=\"7\">") + ")"));
    }

    @Test
    void catalogueOfAnotherCycleUnderThisCyclesNameIsRefused() throws IOException {
        Files.createDirectories(overrides.resolve("catalogue"));
        Files.writeString(overrides.resolve(CatalogueLoader.path("uncac", 3)), bundledText());

        assertThatThrownBy(() -> new CatalogueLoader(TemplateSource.withOverrides(overrides)).load("uncac", 3))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("cycle 2, not 'uncac' cycle 3");
    }

    @Test
    void missingCatalogueIsNamed() {
        assertThatThrownBy(() -> new CatalogueLoader(TemplateSource.bundled()).load("uncac", 9))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("catalogue/uncac-cycle9.xml");
    }

    @Test
    void overrideFolderWinsOverTheBundledCatalogue() throws IOException, CatalogueException {
        writeOverride(bundledText().replace("version=\"2.1.0\"", "version=\"2.1.1-local\""));

        assertThat(new CatalogueLoader(TemplateSource.withOverrides(overrides)).load("uncac", 2).version()).isEqualTo("2.1.1-local");
    }

    private static Chapter chapter(Catalogue catalogue, String number) {
        return catalogue.chapters().stream().filter(c -> c.number().equals(number)).findFirst().orElseThrow();
    }

    private static Question question(Provision provision, String id) {
        return provision.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static String bundledText() throws IOException {
        try (TemplateSource.Template template = TemplateSource.bundled().open(CatalogueLoader.path("uncac", 2))) {
            return new String(template.stream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path writeOverride(String text) throws IOException {
        Path file = overrides.resolve(CatalogueLoader.path("uncac", 2));
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private CatalogueException refusal() {
        return catchThrowableOfType(CatalogueException.class,
                () -> new CatalogueLoader(TemplateSource.withOverrides(overrides)).load("uncac", 2));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in " + file + ": " + text);
    }

    /** The reference, read where a test needs it: the tests that do not still run without ../shared/data. */
    private static ConventionStructure reference() {
        return ConventionStructure.fromSharedData();
    }
}
