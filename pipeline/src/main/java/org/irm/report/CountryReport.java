package org.irm.report;

import java.util.List;

/**
 * One report draft as its templates see it: every value already worded and formatted in the
 * report's language, every block with its tag and the language of its text. The templates under
 * {@code templates/report/} decide what is shown, in which order and with which fixed text.
 *
 * @param kind        {@code report} or {@code summary}
 * @param language    the report's language code ({@code en}, {@code ar}...)
 * @param languageTag the report's language as Word writes it ({@code en-GB}, {@code ar-SA}, {@code zh-CN})
 * @param rtl         whether the report's language is written right to left
 * @param symbol      the document symbol shown in the header
 * @param counts      the numbers of good practices, recommendations and TA needs, formatted for the language
 */
public record CountryReport(String kind, String language, String languageTag, boolean rtl, String symbol,
                            String state, String stateName, String reviewId, String cycle, String reviewLanguage,
                            List<Reviewer> reviewers, List<DatedStep> dates, List<ChapterView> chapters,
                            Counts counts, String mechanism) {
    public CountryReport {
        reviewers = List.copyOf(reviewers);
        dates = List.copyOf(dates);
        chapters = List.copyOf(chapters);
    }

    /** A reviewing State and its role, worded. */
    public record Reviewer(String iso3, String name, String role) { }

    /** A dated step of the review: its label and the date formatted for the language. */
    public record DatedStep(String label, String date) { }

    /** Formatted counts, for sentences such as "12 recommendations". */
    public record Counts(String goodPractices, String recommendations, String taNeeds) { }

    /** A chapter of the Convention under review. */
    public record ChapterView(String number, String heading, List<ArticleView> articles) {
        public ChapterView {
            articles = List.copyOf(articles);
        }

        public boolean hasOutcomes() {
            return articles.stream().anyMatch(ArticleView::hasOutcomes);
        }

        /** The good practices of all its articles, in the Convention's order. */
        public List<BlockView> goodPractices() {
            return articles.stream().flatMap(a -> a.goodPractices().stream()).toList();
        }

        public List<BlockView> recommendations() {
            return articles.stream().flatMap(a -> a.recommendations().stream()).toList();
        }

        public List<TaNeedView> taNeeds() {
            return articles.stream().flatMap(a -> a.taNeeds().stream()).toList();
        }
    }

    /** An article with its provisions and what the review found. */
    public record ArticleView(int number, String heading, List<ProvisionView> provisions, List<BlockView> goodPractices,
                              List<BlockView> recommendations, List<TaNeedView> taNeeds) {
        public ArticleView {
            provisions = List.copyOf(provisions);
            goodPractices = List.copyOf(goodPractices);
            recommendations = List.copyOf(recommendations);
            taNeeds = List.copyOf(taNeeds);
        }

        public boolean hasOutcomes() {
            return !goodPractices.isEmpty() || !recommendations.isEmpty() || !taNeeds.isEmpty();
        }
    }

    /**
     * One provision: how it is cited, the State's own view, and the blocks about it.
     *
     * @param compliance the State's answer to the compliance question, worded, or empty
     * @param challenges the challenges the State ticked, worded
     */
    public record ProvisionView(String id, String title, String compliance, List<String> challenges,
                                BlockView measures, BlockView observations) {
        public ProvisionView {
            challenges = List.copyOf(challenges);
        }
    }

    /** A technical-assistance need: its category, worded, where it arose, and its description block. */
    public record TaNeedView(String category, String provision, BlockView description) { }

    /**
     * A block the secretariat may edit: rendered inside a content control tagged {@code tag}.
     *
     * @param bookmark     the bookmark around the control, which survives LibreOffice (which drops the tag)
     * @param paragraphs   the text, one paragraph each (a placeholder in the report's language when empty)
     * @param languageTag  the language of the text as Word writes it
     * @param rtl          whether the text is right to left
     * @param languageNote in the report's language, a note that the text is in another language
     *                     (or was machine-translated); empty when the text is in the report's language
     * @param reference    where the block belongs ("Article 9, paragraph 1 (a)"), for lists outside the article
     */
    public record BlockView(String tag, String bookmark, List<String> paragraphs, String languageTag, boolean rtl, String languageNote,
                            String reference, boolean placeholder) {
        public BlockView {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
