package org.irm.translation;

/**
 * The names of the XLIFF 2.0 format as this package writes and reads it, declared once: the OASIS
 * core namespace, and this pipeline's own attributes (namespace {@value #IRM}) on {@code <file>}
 * and {@code <unit>}, which the core schema allows from any other namespace and translators' tools
 * carry through untouched.
 */
final class Xliff {

    /** The XLIFF 2.0 core namespace (OASIS Standard, 5 August 2014). */
    static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";
    /** This pipeline's extension attributes. */
    static final String IRM = "urn:irm:translation:1";
    static final String IRM_PREFIX = "irm";
    /** The XML namespace, for {@code xml:space}. */
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    static final String VERSION = "2.0";

    static final String ROOT = "xliff";
    static final String FILE = "file";
    static final String GROUP = "group";
    static final String UNIT = "unit";
    static final String SEGMENT = "segment";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String NOTES = "notes";
    static final String NOTE = "note";

    /** On {@code <file>}: the review the blocks belong to, and its State (ISO 3166 alpha-3). */
    static final String REVIEW = "review";
    static final String STATE = "state";
    /** On {@code <unit>}: the block's key as the register writes it, and the digest of the source text translated. */
    static final String BLOCK = "block";
    static final String SOURCE_SHA256 = "sourceSha256";

    private Xliff() {
    }

    /**
     * A unit id for a block key: XLIFF ids are XML name tokens, which allow no {@code /}; block keys
     * ({@code uncac.9.1.a/recommendation/2}) have no {@code :}, so {@code /} becomes {@code :} and back.
     */
    static String unitId(String blockKey) {
        return blockKey.replace('/', ':');
    }

    static String blockKey(String unitId) {
        return unitId.replace(':', '/');
    }
}
