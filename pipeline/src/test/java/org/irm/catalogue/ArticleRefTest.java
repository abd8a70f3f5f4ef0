package org.irm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** An article as --articles names it: 5 (every instrument's) or tip:5 (one instrument's). */
class ArticleRefTest {

    private static final CatalogueLoader BUNDLED = new CatalogueLoader(org.irm.config.TemplateSource.bundled());

    @Test
    void readsANumberOrAnInstrumentsArticleAndWritesThemBackAsTheRegisterKeepsThem() {
        assertThat(ArticleRef.parse(" 5 ")).isEqualTo(ArticleRef.of(5)).hasToString("5");
        assertThat(ArticleRef.parse("TIP: 5")).isEqualTo(new ArticleRef("tip", 5)).hasToString("tip:5");
        assertThat(new TreeSet<>(List.of(ArticleRef.parse("untoc:12"), ArticleRef.parse("tip:5"), ArticleRef.of(5))))
                .extracting(ArticleRef::toString).containsExactly("5", "tip:5", "untoc:12");
        for (String bad : List.of("", "tip:", "five", "tip:5a", ":5", "0")) {
            assertThatThrownBy(() -> ArticleRef.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aNumberNamesEveryInstrumentsArticleAndAnInstrumentsArticleOnlyItsOwn() throws Exception {
        Catalogue cluster = BUNDLED.cluster("untoc", 1, 1);

        assertThat(cluster.articles(ArticleRef.of(5))).extracting(Article::instrument).containsExactly("untoc", "tip", "som", "fa");
        assertThat(cluster.articles(ArticleRef.parse("tip:5"))).extracting(Article::instrument).containsExactly("tip");
        assertThat(cluster.articles(ArticleRef.parse("tip:23"))).isEmpty();
        assertThat(cluster.provisions().filter(ArticleRef.parse("som:5")::covers).map(Provision::id)).containsExactly("som.5");
        assertThat(ArticleRef.of(5).overlaps(ArticleRef.parse("tip:5"))).isTrue();
        assertThat(ArticleRef.parse("tip:5").overlaps(ArticleRef.parse("som:5"))).isFalse();
        assertThat(ArticleRef.parse("tip:5").overlaps(ArticleRef.of(6))).isFalse();
    }
}
