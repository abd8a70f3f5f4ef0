package org.irm.analysis;

import org.irm.catalogue.Language;

/**
 * One item of a completed review's report that the analysis counts: a technical-assistance need, a
 * recommendation or a good practice (a report block of that kind whose latest version is not empty).
 *
 * @param kind     {@code taNeed}, {@code recommendation} or {@code goodPractice} (the report block's kind)
 * @param chapter  the chapter of the provision's article (roman, "II"), or "" when the catalogue has none
 * @param article  the article number, or 0 for a provision of no article (the general questions)
 * @param text     the latest version's text
 */
public record ReportItem(CompletedReview review, String kind, String blockKey, String provisionId, String chapter,
                         int article, String text, Language language) {

    public static final String TA_NEED = "taNeed";
    public static final String RECOMMENDATION = "recommendation";
    public static final String GOOD_PRACTICE = "goodPractice";

    /** The need's id in the coding workbook: {@code <review id>|<block key>}. */
    public String needId() {
        return review.reviewId() + "|" + blockKey;
    }
}
