package org.irm.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/** Reads the parts of a draft's bytes and asks XPath questions of them (XMLUnit). */
final class DraftParts {

    static final Map<String, String> NAMESPACES = Map.of(
            "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

    private final byte[] docx;

    DraftParts(byte[] docx) {
        this.docx = docx;
    }

    String part(String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("No part " + name);
    }

    String document() throws IOException {
        return part("word/document.xml");
    }

    /** The XPath's value (string) over a part. */
    String value(String part, String xpath) throws IOException {
        return engine().evaluate(xpath, Input.fromString(part(part)).build());
    }

    int count(String part, String xpath) throws IOException {
        return (int) Double.parseDouble(value(part, "count(" + xpath + ")"));
    }

    /** The text as an XPath string literal (French and English labels hold apostrophes). */
    static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static XPathEngine engine() {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NAMESPACES);
        return engine;
    }
}
