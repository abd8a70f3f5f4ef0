package org.irm.identity;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.irm.catalogue.FieldId;
import org.irm.docx.SafeXml;

/**
 * The field map of a document of ours that is no checklist, such as the consolidated review of a
 * State's answers: which of our bookmarks ({@link FieldMarks#bookmark}) marks which field, so that
 * {@code irm inspect} names the field of every comment and tracked change in it. A custom XML part
 * of its own, with no identity and no seal: no desk takes the document for a State's return.
 *
 * <pre>{@code
 * <fieldMap xmlns="urn:irm:field-map:1"><field id="uncac.9.1.a/measures" bookmark="irm_…"/>…</fieldMap>
 * }</pre>
 */
public final class FieldMapPart {

    public static final String NAMESPACE = "urn:irm:field-map:1";
    private static final String ROOT = "fieldMap";
    private static final String FIELD = "field";

    private FieldMapPart() {
    }

    /** The part's XML for these fields, each with its bookmark. */
    public static String write(Collection<FieldId> fields) {
        try {
            StringWriter text = new StringWriter();
            // The JDK's writer by name, as ManifestXml: the class path's first writes differently.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(ROOT);
            xml.writeDefaultNamespace(NAMESPACE);
            for (FieldId field : fields) {
                xml.writeEmptyElement(FIELD);
                xml.writeAttribute("id", field.toString());
                xml.writeAttribute("bookmark", FieldMarks.bookmark(field));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the field map failed", e);
        }
    }

    /**
     * Bookmark name to field, from the first of these custom XML parts that is a field map; empty when
     * none is (or it cannot be read: the fields are then not named, nothing else is lost).
     */
    public static Optional<Map<String, FieldId>> find(List<String> customXmlParts) {
        return customXmlParts.stream().filter(xml -> xml.contains(NAMESPACE)).findFirst().flatMap(FieldMapPart::read);
    }

    private static Optional<Map<String, FieldId>> read(String text) {
        Map<String, FieldId> fields = new LinkedHashMap<>();
        try {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && FIELD.equals(xml.getLocalName())
                        && NAMESPACE.equals(xml.getNamespaceURI())) {
                    String bookmark = xml.getAttributeValue(null, "bookmark");
                    Optional<FieldId> field = FieldId.tryParse(xml.getAttributeValue(null, "id"));
                    // Only the bookmark the field is written with: a hand-edited map cannot move a field.
                    if (field.isPresent() && FieldMarks.bookmark(field.get()).equals(bookmark)) {
                        fields.put(bookmark, field.get());
                    }
                }
            }
        } catch (XMLStreamException | SafeXml.DoctypeFound e) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }
}
