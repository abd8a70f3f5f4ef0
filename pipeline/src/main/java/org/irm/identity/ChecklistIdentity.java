package org.irm.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.Language;

/**
 * Who a checklist belongs to: written into every generated document (custom XML part and custom
 * document properties) and sealed with an HMAC, so that a returned file is identified from its
 * content, never from its file name.
 *
 * @param state  ISO 3166 alpha-3 code of the State under review
 * <p>A review copy (the State's answers sent to a reviewer) carries the same identity with a
 * {@code reviewer}: the reviewing State's ISO3 code, or {@link #SECRETARIAT}. A checklist has no
 * reviewer, and then the sealed values are exactly those of checklists issued before review copies
 * existed, so their seals still verify.
 *
 * @param agency   the national agency this part is for, or null for the whole checklist
 * @param seal     HMAC-SHA256 (lower-case hex) over {@link #sealedValues()}, or null before sealing
 * @param reviewer for a review copy, who reviews with it (ISO3 or {@link #SECRETARIAT}); null for a checklist
 * @param cluster  the thematic cluster of a questionnaire of a mechanism reviewed cluster by cluster (UNTOC), so
 *                 that a return finds its catalogue; 0 for a whole-cycle checklist, and then it is neither written
 *                 nor sealed, so checklists issued before clusters existed still verify
 * @param expert   for an expert's review copy, the expert's address (lower case); null otherwise
 * @param articles for an expert's review copy, the articles assigned to the expert when it was written
 *                 ({@code 5}, or {@code tip:5} for one instrument's), ascending; empty otherwise
 */
public record ChecklistIdentity(UUID checklistId, String reviewId, String state, String instrument, int cycle,
                                Language language, String catalogueVersion, String agency, Instant issuedAt,
                                String seal, String reviewer, int cluster, String expert, List<ArticleRef> articles) {

    /** A checklist's or review copy's identity of a whole-cycle catalogue (no cluster). */
    public ChecklistIdentity(UUID checklistId, String reviewId, String state, String instrument, int cycle,
                             Language language, String catalogueVersion, String agency, Instant issuedAt, String seal,
                             String reviewer) {
        this(checklistId, reviewId, state, instrument, cycle, language, catalogueVersion, agency, issuedAt, seal,
                reviewer, 0);
    }

    /** A checklist's or reviewing State's review copy's identity (no expert). */
    public ChecklistIdentity(UUID checklistId, String reviewId, String state, String instrument, int cycle,
                             Language language, String catalogueVersion, String agency, Instant issuedAt, String seal,
                             String reviewer, int cluster) {
        this(checklistId, reviewId, state, instrument, cycle, language, catalogueVersion, agency, issuedAt, seal,
                reviewer, cluster, null, List.of());
    }

    /** The part value for a whole checklist. */
    public static final String WHOLE = "whole";
    /** The reviewer value of the secretariat's own review copy. */
    public static final String SECRETARIAT = "secretariat";

    /** A checklist's identity (no reviewer). */
    public ChecklistIdentity(UUID checklistId, String reviewId, String state, String instrument, int cycle,
                             Language language, String catalogueVersion, String agency, Instant issuedAt, String seal) {
        this(checklistId, reviewId, state, instrument, cycle, language, catalogueVersion, agency, issuedAt, seal, null);
    }

    public ChecklistIdentity {
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(issuedAt, "issuedAt");
        articles = articles == null ? List.of() : articles.stream().sorted().distinct().toList();
        if (expert != null && reviewer == null) {
            throw new IllegalArgumentException("An expert's copy is a review copy: name its reviewer");
        }
    }

    /** "whole", or "agency:" and the agency's name for one agency's share. */
    public String part() {
        return agency == null ? WHOLE : "agency:" + agency;
    }

    public ChecklistIdentity withSeal(String newSeal) {
        return new ChecklistIdentity(checklistId, reviewId, state, instrument, cycle, language, catalogueVersion,
                agency, issuedAt, newSeal, reviewer, cluster, expert, articles);
    }

    /** The same identity as a review copy for a reviewer (ISO3 or {@link #SECRETARIAT}), unsealed, under a new id. */
    public ChecklistIdentity asReviewCopy(UUID copyId, String newReviewer, Instant copiedAt) {
        Objects.requireNonNull(newReviewer, "reviewer");
        return new ChecklistIdentity(copyId, reviewId, state, instrument, cycle, language, catalogueVersion, agency,
                copiedAt, null, newReviewer, cluster);
    }

    /** The same review copy for one expert of its reviewer, holding only these articles; unsealed. */
    public ChecklistIdentity forExpert(String expertEmail, List<ArticleRef> assigned) {
        Objects.requireNonNull(expertEmail, "expert");
        return new ChecklistIdentity(checklistId, reviewId, state, instrument, cycle, language, catalogueVersion, agency,
                issuedAt, null, reviewer, cluster, expertEmail, assigned);
    }

    /** True for one expert's review copy (a share of the checklist), false for a reviewing State's whole copy. */
    public boolean isExpertCopy() {
        return expert != null;
    }

    /** True for a review copy, false for a State's checklist. */
    public boolean isReviewCopy() {
        return reviewer != null;
    }

    /**
     * The values the seal covers, by property name, in a fixed order. Changing one of them in the
     * file (by hand, in Word's property dialog) breaks the seal.
     */
    public Map<String, String> sealedValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(IdentityFormat.CHECKLIST_ID, checklistId.toString());
        values.put(IdentityFormat.REVIEW_ID, reviewId);
        values.put(IdentityFormat.STATE, state);
        values.put(IdentityFormat.INSTRUMENT, instrument);
        values.put(IdentityFormat.CYCLE, Integer.toString(cycle));
        if (cluster > 0) {
            // Only a cluster's questionnaire adds it: a whole-cycle checklist's seal input stays what it always was.
            values.put(IdentityFormat.CLUSTER, Integer.toString(cluster));
        }
        values.put(IdentityFormat.LANGUAGE, language.code());
        values.put(IdentityFormat.CATALOGUE_VERSION, catalogueVersion);
        values.put(IdentityFormat.PART, part());
        values.put(IdentityFormat.ISSUED_AT, issuedAt.toString());
        if (reviewer != null) {
            // Only review copies add it: a checklist's seal input stays what it always was.
            values.put(IdentityFormat.REVIEWER, reviewer);
        }
        if (expert != null) {
            // Only an expert's copy adds them: every other copy's seal input stays what it was.
            values.put(IdentityFormat.EXPERT, expert);
            // "5" as before; "tip:5" for one instrument's article (ArticleRef), so older copies still verify.
            values.put(IdentityFormat.ARTICLES, articles.stream().map(ArticleRef::toString).collect(Collectors.joining(",")));
        }
        return values;
    }
}
