package org.irm.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewrites a Transitional Word package as Word's "Strict Open XML Document" save does: the
 * WordprocessingML, DrawingML, math, relationships, document-properties and custom-XML namespaces
 * of ISO/IEC 29500 Strict ({@code http://purl.oclc.org/ooxml/...}), Strict relationship types,
 * and {@code w:conformance="strict"} on the document. The package's own namespaces (content
 * types, package relationships, core properties) and Microsoft's extensions (w14, w15) are the
 * same in both, so they stay.
 */
public final class StrictOpenXml {

    private static final String T = "http://schemas.openxmlformats.org/";
    private static final String S = "http://purl.oclc.org/ooxml/";

    /** Transitional namespace or relationship-type prefix to its Strict form, longest first. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(T + "officeDocument/2006/relationships/extended-properties", S + "officeDocument/relationships/extendedProperties");
        NAMES.put(T + "officeDocument/2006/relationships/custom-properties", S + "officeDocument/relationships/customProperties");
        NAMES.put(T + "officeDocument/2006/relationships", S + "officeDocument/relationships");
        NAMES.put(T + "officeDocument/2006/extended-properties", S + "officeDocument/extendedProperties");
        NAMES.put(T + "officeDocument/2006/custom-properties", S + "officeDocument/customProperties");
        NAMES.put(T + "officeDocument/2006/docPropsVTypes", S + "officeDocument/docPropsVTypes");
        NAMES.put(T + "officeDocument/2006/customXml", S + "officeDocument/customXml");
        NAMES.put(T + "officeDocument/2006/math", S + "officeDocument/math");
        NAMES.put(T + "officeDocument/2006/bibliography", S + "officeDocument/bibliography");
        NAMES.put(T + "wordprocessingml/2006/main", S + "wordprocessingml/main");
        NAMES.put(T + "drawingml/2006/wordprocessingDrawing", S + "drawingml/wordprocessingDrawing");
        NAMES.put(T + "drawingml/2006/main", S + "drawingml/main");
        NAMES.put(T + "drawingml/2006/picture", S + "drawingml/picture");
        NAMES.put(T + "drawingml/2006/chart", S + "drawingml/chart");
    }

    private StrictOpenXml() {
    }

    /** The package with every XML part's names in their Strict form (entries in the same order). */
    public static byte[] rewrite(byte[] transitional) throws IOException {
        RawZip zip = new RawZip();
        for (Map.Entry<String, byte[]> entry : RawZip.entries(transitional)) {
            String name = entry.getKey();
            byte[] bytes = entry.getValue();
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                for (Map.Entry<String, String> names : NAMES.entrySet()) {
                    text = text.replace(names.getKey(), names.getValue());
                }
                if (name.equals("word/document.xml")) {
                    text = text.replaceFirst("<w:document ", "<w:document w:conformance=\"strict\" ");
                }
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
            zip.add(name, bytes);
        }
        return zip.bytes();
    }
}
