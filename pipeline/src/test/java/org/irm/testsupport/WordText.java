package org.irm.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** What a Word document shows, read from its parts with XPath (XMLUnit): paragraphs by style, style properties. */
public final class WordText {

    private static final Map<String, String> NAMESPACES = Map.of(
            "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");

    private final byte[] docx;

    private WordText(byte[] docx) {
        this.docx = docx;
    }

    public static WordText of(Path file) {
        try {
            return new WordText(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WordText of(byte[] docx) {
        return new WordText(docx);
    }

    /** The text of each paragraph of the style, in document order. */
    public List<String> paragraphs(String styleId) {
        return strings("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='" + styleId + "']");
    }

    /** The text of every paragraph of the body, in document order. */
    public List<String> paragraphs() {
        return strings("word/document.xml", "//w:body//w:p");
    }

    /** The nodes' string values of an XPath over a part. */
    public List<String> strings(String part, String xpath) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NAMESPACES);
        List<String> values = new ArrayList<>();
        for (Node node : engine.selectNodes(xpath, Input.fromString(part(part)).build())) {
            values.add(node.getTextContent());
        }
        return values;
    }

    /** The number of nodes an XPath selects in a part. */
    public int count(String part, String xpath) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NAMESPACES);
        int count = 0;
        for (Node ignored : engine.selectNodes(xpath, Input.fromString(part(part)).build())) {
            count++;
        }
        return count;
    }

    /** A part's text, such as {@code word/styles.xml}. */
    public String part(String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("No part " + name);
    }
}
