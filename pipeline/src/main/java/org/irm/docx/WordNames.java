package org.irm.docx;

/**
 * Namespaces and relationship types of WordprocessingML, spelled once for the reader and the
 * writers; {@link #W} is the one place the main namespace is written.
 */
public final class WordNames {
    /** The WordprocessingML main namespace (Transitional). */
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Word 2010 additions (w14: check boxes, paragraph ids). */
    public static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    /** Word 2012 additions (w15: comment threads). */
    public static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    /** Markup compatibility (mc:Ignorable names the extension prefixes an older Word may skip). */
    public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static final String REL_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";

    private WordNames() {
    }
}
