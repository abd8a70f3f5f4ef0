package org.irm.checklist;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.irm.catalogue.Language;

/**
 * Who a checklist belongs to: written into every generated document (custom XML part and custom
 * document properties) and sealed with an HMAC, so that a returned file is identified from its
 * content, never from its file name.
 *
 * @param state  ISO 3166 alpha-3 code of the State under review
 * @param agency the national agency this part is for, or null for the whole checklist
 * @param seal   HMAC-SHA256 (lower-case hex) over {@link #sealedValues()}, or null before sealing
 */
public record ChecklistIdentity(UUID checklistId, String reviewId, String state, String instrument, int cycle,
                                Language language, String catalogueVersion, String agency, Instant issuedAt,
                                String seal) {

    /** The part value for a whole checklist. */
    public static final String WHOLE = "whole";

    public ChecklistIdentity {
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** "whole", or "agency:" and the agency's name for one agency's share. */
    public String part() {
        return agency == null ? WHOLE : "agency:" + agency;
    }

    public ChecklistIdentity withSeal(String newSeal) {
        return new ChecklistIdentity(checklistId, reviewId, state, instrument, cycle, language, catalogueVersion,
                agency, issuedAt, newSeal);
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
        values.put(IdentityFormat.LANGUAGE, language.code());
        values.put(IdentityFormat.CATALOGUE_VERSION, catalogueVersion);
        values.put(IdentityFormat.PART, part());
        values.put(IdentityFormat.ISSUED_AT, issuedAt.toString());
        return values;
    }
}
