package org.irm.docx;

import java.util.Map;

/**
 * ISO/IEC 29500 Strict names and their Transitional twins. Word's "Strict Open XML Document"
 * writes the same markup under other namespaces ({@code http://purl.oclc.org/ooxml/...} for
 * {@code http://schemas.openxmlformats.org/.../2006/...}) and other relationship types; the
 * package's own namespaces (content types, package relationships, core properties) and
 * Microsoft's extensions (w14, w15) are the same in both. The reader maps Strict names to
 * Transitional ones, so everything after it knows one set of names.
 */
final class StrictNames {

    static final String STRICT_PREFIX = "http://purl.oclc.org/ooxml/";
    private static final String TRANSITIONAL_PREFIX = "http://schemas.openxmlformats.org/";

    static final String W = STRICT_PREFIX + "wordprocessingml/main";
    static final String RELATIONSHIP_TYPES = STRICT_PREFIX + "officeDocument/relationships/";

    /** The Strict form of the Transitional namespaces whose attributes the reader asks for by namespace. */
    private static final Map<String, String> STRICT_OF = Map.of(
            WordNames.W, W,
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships", STRICT_PREFIX + "officeDocument/relationships");

    private StrictNames() {
    }

    /**
     * The Transitional twin of a Strict namespace or relationship type
     * ({@code http://purl.oclc.org/ooxml/X/Y} is {@code http://schemas.openxmlformats.org/X/2006/Y},
     * with the two names that gained a hyphen); anything else as it is.
     */
    static String transitional(String name) {
        if (name == null || !name.startsWith(STRICT_PREFIX)) {
            return name;
        }
        String rest = name.substring(STRICT_PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return name;
        }
        String tail = rest.substring(slash + 1)
                .replace("extendedProperties", "extended-properties")
                .replace("customProperties", "custom-properties");
        return TRANSITIONAL_PREFIX + rest.substring(0, slash) + "/2006/" + tail;
    }

    /** The Strict form of a Transitional namespace whose attributes are looked up by namespace, or null. */
    static String strict(String transitionalNamespace) {
        return transitionalNamespace == null ? null : STRICT_OF.get(transitionalNamespace);
    }
}
