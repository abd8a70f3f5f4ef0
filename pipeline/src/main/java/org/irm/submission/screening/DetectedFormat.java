package org.irm.submission.screening;

/**
 * A file's type as detected from its bytes.
 *
 * @param shortName   docx, docm, dotx, doc, odt, pdf, zip, ...
 * @param description what a user calls it, such as "Word document"
 * @param macros      for the macro-enabled formats (docm, dotm): whether the package holds a macro project
 */
public record DetectedFormat(String shortName, String mediaType, String description, boolean macros) {
    public static final DetectedFormat DOCX = new DetectedFormat("docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document");

    public DetectedFormat(String shortName, String mediaType, String description) {
        this(shortName, mediaType, description, false);
    }

    /** The same format, said to hold macros or not. */
    DetectedFormat withMacros(boolean holdsMacros) {
        return new DetectedFormat(shortName, mediaType, description, holdsMacros);
    }
}
