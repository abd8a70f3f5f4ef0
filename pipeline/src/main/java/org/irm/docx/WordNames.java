package org.irm.docx;

/** Namespaces and relationship types of WordprocessingML that the reader needs, spelled once. */
final class WordNames {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static final String REL_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";

    private WordNames() {
    }
}
