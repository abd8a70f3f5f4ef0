package org.irm.checklist;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin writer of WordprocessingML elements over StAX, so text is always escaped and elements
 * always balanced. Knows the element names, not the checklist's layout.
 */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    WordXml() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.setPrefix("w", W);
            xml.setPrefix("w14", W14);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the document root with the namespaces Word needs, w14 marked ignorable for older readers. */
    WordXml document() {
        start("document");
        namespaces();
        return start("body");
    }

    void namespaces() {
        try {
            xml.writeNamespace("w", W);
            xml.writeNamespace("w14", W14);
            xml.writeNamespace("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            xml.writeNamespace("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            xml.writeAttribute("http://schemas.openxmlformats.org/markup-compatibility/2006", "Ignorable", "w14");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    WordXml start(String name) {
        try {
            xml.writeStartElement("w", name, W);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    WordXml start14(String name) {
        try {
            xml.writeStartElement("w14", name, W14);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An empty element with w: attributes given as name, value pairs. */
    WordXml empty(String name, String... attributes) {
        try {
            xml.writeEmptyElement("w", name, W);
            attributes(W, attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    WordXml empty14(String name, String... attributes) {
        try {
            xml.writeEmptyElement("w14", name, W14);
            attributes(W14, attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    WordXml attribute(String name, String value) {
        try {
            xml.writeAttribute("w", W, name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An attribute in the relationships namespace, such as r:id. */
    WordXml attributeR(String name, String value) {
        try {
            xml.writeAttribute("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships", name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    WordXml end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A w:t with its spaces preserved. */
    WordXml text(String value) {
        try {
            xml.writeStartElement("w", "t", W);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            xml.writeCharacters(value);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Character content of the current element (for w:instrText, which holds text directly). */
    WordXml characters(String value) {
        try {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            xml.writeCharacters(value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private void attributes(String namespace, String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            xml.writeAttribute(namespace.equals(W) ? "w" : "w14", namespace, pairs[i], pairs[i + 1]);
        }
    }
}
