package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.irm.config.TemplateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every chapter and article title the checklists, review copies and reports print is the one of the
 * Convention's authentic text in that language, as listed with its source in
 * {@code templates/catalogue/authentic/uncac-titles_<language>.properties} (issue 17.2): a label edited
 * away from the cited list fails here, and so does a list that loses its source or a title.
 */
class AuthenticTitlesTest {

    private static final List<String> CHAPTERS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");

    private static I18nLabels labels;

    @BeforeAll
    static void loadBundled() throws CatalogueException {
        labels = I18nLabels.load(TemplateSource.bundled());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyChapterAndArticleTitleIsTheAuthenticTextsTitle(Language language) throws Exception {
        Properties authentic = authentic(language);

        List<String> departing = new ArrayList<>();
        for (String key : keys()) {
            String label = labels.find(language, key).orElse("(missing)");
            if (!label.equals(authentic.getProperty(key))) {
                departing.add(key + ": the labels say \"" + label + "\", the authentic text \"" + authentic.getProperty(key) + "\"");
            }
        }
        assertThat(departing).as("titles of templates/i18n/%s that depart from templates/%s", I18nLabels.path(language),
                path(language)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theListHoldsEveryTitleAndNamesItsSource(Language language) throws Exception {
        assertThat(new TreeSet<>(authentic(language).stringPropertyNames())).isEqualTo(new TreeSet<>(keys()));
        assertThat(text(language)).as("the list cites where its titles come from").contains("# Source");
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        CHAPTERS.forEach(chapter -> keys.add("chapter." + chapter + ".title"));
        IntStream.rangeClosed(1, 71).forEach(article -> keys.add("article." + article + ".title"));
        return keys;
    }

    private static String path(Language language) {
        return "catalogue/authentic/uncac-titles_" + language.code() + ".properties";
    }

    private static String text(Language language) throws IOException {
        try (TemplateSource.Template template = TemplateSource.bundled().open(path(language))) {
            return new String(template.stream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties authentic(Language language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text(language)));
        return properties;
    }
}
