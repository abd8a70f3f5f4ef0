package org.irm.screening;

/**
 * A file's type as detected from its bytes.
 *
 * @param shortName   docx, docm, dotx, doc, odt, pdf, zip, ...
 * @param description what a user calls it, such as "Word document"
 */
public record DetectedFormat(String shortName, String mediaType, String description) {
    public static final DetectedFormat DOCX = new DetectedFormat("docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document");
}
