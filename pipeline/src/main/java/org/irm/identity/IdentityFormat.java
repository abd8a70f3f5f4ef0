package org.irm.identity;

/**
 * Names of the identity as it is written into a checklist: the custom XML part's namespace and
 * elements, and the custom document properties that mirror them. Declared here once; nobody else
 * spells them.
 */
public final class IdentityFormat {

    /** Namespace of the checklist's custom XML part (identity and field map). */
    public static final String NAMESPACE = "urn:irm:checklist:1";

    /** Root element of the custom XML part. */
    public static final String ROOT = "checklist";
    /** Element holding the seal. */
    public static final String SEAL = "seal";
    /** Container of the field map. */
    public static final String FIELDS = "fields";
    /** One field map entry, attributes {@code id}, {@code bookmark}, {@code kind}, {@code position}. */
    public static final String FIELD = "field";

    // Identity values: element names in the custom XML part, and custom property names prefixed with PROPERTY_PREFIX.
    public static final String CHECKLIST_ID = "checklistId";
    public static final String REVIEW_ID = "reviewId";
    public static final String STATE = "state";
    public static final String INSTRUMENT = "instrument";
    public static final String CYCLE = "cycle";
    /** Only in a cluster's questionnaire (UNTOC) and its review copies: the thematic cluster, 1 to 4. */
    public static final String CLUSTER = "cluster";
    public static final String LANGUAGE = "language";
    public static final String CATALOGUE_VERSION = "catalogueVersion";
    public static final String PART = "part";
    public static final String ISSUED_AT = "issuedAt";
    /** Only in review copies: the reviewing State's ISO3 code, or "secretariat". */
    public static final String REVIEWER = "reviewer";

    /** Prefix of the custom document properties: {@code IRM.state}, {@code IRM.seal}, ... */
    public static final String PROPERTY_PREFIX = "IRM.";

    private IdentityFormat() {
    }

    public static String propertyName(String value) {
        return PROPERTY_PREFIX + value;
    }
}
