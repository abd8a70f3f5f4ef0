package org.irm.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The secretariat's coding of one technical-assistance need (issue 15), as the register keeps it:
 * one decision, never changed; a need's coding is its latest decision.
 *
 * @param reviewId     the review whose report holds the need
 * @param blockKey     the need's report block ({@code <provision id>/taNeed/<item>})
 * @param category     a category code of the analysis scheme ({@code templates/analysis/categories.properties})
 * @param subcategory  a subcategory code of that category, or null
 * @param tags         cross-cutting tag codes, in the scheme's order (empty for none)
 * @param confirmed    false when the codes were suggested by the keyword rules and left as suggested
 * @param codedBy      who decided: the importing user, or {@link Event#PIPELINE} for a generated data set
 * @param sourceName   the workbook the decision came in, or null
 * @param sourceSha256 that workbook's sha256, or null
 */
public record NeedCoding(String reviewId, String blockKey, String category, String subcategory, List<String> tags,
                         boolean confirmed, String codedBy, Instant codedAt, String sourceName, String sourceSha256) {

    public NeedCoding {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(blockKey, "blockKey");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(codedBy, "codedBy");
        Objects.requireNonNull(codedAt, "codedAt");
        tags = List.copyOf(tags);
    }

    /** True when this decision codes the need as the other one does (codes and confirmation; not who or when). */
    public boolean sameCodes(NeedCoding other) {
        return other != null && category.equals(other.category) && Objects.equals(subcategory, other.subcategory)
                && tags.equals(other.tags) && confirmed == other.confirmed;
    }
}
