package org.irm.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.irm.catalogue.Article;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Chapter;
import org.irm.catalogue.Provision;

/**
 * The order a review copy and the consolidated review give the provisions: by priority level (the
 * rule's first level first), then the Convention's order. Written as an outline of headings, so
 * both writers lay a document out alike: with one level, chapter, article and provision headings as
 * in the Convention; with several, a heading per level, then the article and provision headings of
 * that level's provisions (an article whose provisions have different levels appears under each).
 * The general questions are not part of it: they come first, always.
 */
public final class ReviewOrder {

    /** What a heading of the outline is. */
    public enum Kind { LEVEL, CHAPTER, ARTICLE, PROVISION }

    /**
     * One entry of the outline.
     *
     * @param level     the priority level (of a {@code LEVEL} entry, and of everything under it)
     * @param chapter   the provision's chapter (what a {@code CHAPTER} entry heads), null for a {@code LEVEL} entry
     * @param article   the provision's article (what an {@code ARTICLE} entry heads), null for {@code LEVEL} and
     *                  {@code CHAPTER} entries
     * @param provision the provision, for a {@code PROVISION} entry
     * @param style     the heading's paragraph style
     */
    public record Entry(Kind kind, String level, Chapter chapter, Article article, Provision provision, String style) { }

    private final PriorityRule rule;
    private final List<Provision> provisions;
    private final Map<String, String> levels;
    /** Each provision's chapter and article (a UNTOC cluster's instruments may number articles alike: keyed by provision). */
    private final Map<Provision, Chapter> chapters = new HashMap<>();
    private final Map<Provision, Article> articles = new HashMap<>();

    /**
     * @param levels each provision's level by id ({@link #levels}); a provision not in it has the rule's first level
     *               it would get with no facts (its default)
     */
    public ReviewOrder(Catalogue catalogue, PriorityRule rule, Map<String, String> levels) {
        this.rule = rule;
        this.levels = Map.copyOf(levels);
        List<Provision> all = new ArrayList<>();
        for (Chapter chapter : catalogue.chapters()) {
            for (Article article : chapter.articles()) {
                for (Provision provision : article.provisions()) {
                    chapters.put(provision, chapter);
                    articles.put(provision, article);
                    all.add(provision);
                }
            }
        }
        Map<Provision, Integer> convention = new HashMap<>();
        all.forEach(p -> convention.put(p, convention.size()));
        this.provisions = all.stream().sorted(Comparator.comparingInt((Provision p) -> rule.rank(level(p)))
                .thenComparingInt(convention::get)).toList();
    }

    /** Each provision's level under the rule, with the secretariat's own levels and the register's facts. */
    public static Map<String, String> levels(Catalogue catalogue, PriorityRule rule, PriorityFacts facts,
                                             Map<String, String> setBySecretariat) {
        Map<String, String> levels = new HashMap<>();
        catalogue.provisions().forEach(p -> levels.put(p.id(), rule.levelOf(p.id(), facts, setBySecretariat)));
        return levels;
    }

    /** A provision's level. */
    public String level(Provision provision) {
        return levels.getOrDefault(provision.id(), rule.levelOf(provision.id(), PriorityFacts.NONE, Map.of()));
    }

    /** The provisions in order, those the filter keeps. */
    public List<Provision> provisions(Predicate<Provision> included) {
        return provisions.stream().filter(included).toList();
    }

    /** The outline of the provisions the filter keeps: the headings to write, in order. */
    public List<Entry> outline(Predicate<Provision> included) {
        List<Provision> kept = provisions(included);
        boolean byLevel = kept.stream().map(this::level).distinct().count() > 1;
        List<Entry> outline = new ArrayList<>();
        String level = null;
        Chapter chapter = null;
        Article article = null;
        for (Provision provision : kept) {
            String its = level(provision);
            if (byLevel && !its.equals(level)) {
                outline.add(new Entry(Kind.LEVEL, its, null, null, null, "Heading1"));
                article = null;
            }
            level = its;
            Chapter itsChapter = chapters.get(provision);
            if (!byLevel && !Objects.equals(itsChapter, chapter)) {
                outline.add(new Entry(Kind.CHAPTER, its, itsChapter, null, null, "Heading1"));
                article = null;
            }
            chapter = itsChapter;
            Article itsArticle = articles.get(provision);
            if (!Objects.equals(article, itsArticle)) {
                outline.add(new Entry(Kind.ARTICLE, its, itsChapter, itsArticle, null, "Heading2"));
                article = itsArticle;
            }
            outline.add(new Entry(Kind.PROVISION, its, itsChapter, itsArticle, provision, "Heading3"));
        }
        return outline;
    }

    /** The rule the levels come from (their headings). */
    public PriorityRule rule() {
        return rule;
    }
}
