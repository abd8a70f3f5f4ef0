package org.irm.identity;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.QuestionKind;
import org.irm.docx.SafeXml;

/**
 * The checklist's custom XML part ({@link IdentityFormat#NAMESPACE}): the sealed identity and the
 * field map, written and read back.
 *
 * <pre>{@code
 * <checklist xmlns="urn:irm:checklist:1">
 *   <checklistId>…</checklistId> <reviewId>…</reviewId> … <seal>hex</seal>
 *   <fields><field id="uncac.9.1.a/compliance" bookmark="irm_…" kind="CHOICE" position="0"/>…</fields>
 * </checklist>
 * }</pre>
 */
public final class ManifestXml {

    private static final String CHOICE = "choice";

    private ManifestXml() {
    }

    /** The manifest's part is not ours or is damaged; the message says what is wrong. */
    public static final class BadManifestException extends Exception {
        public BadManifestException(String message) {
            super(message);
        }
    }

    public static String write(ChecklistManifest manifest) {
        try {
            StringWriter text = new StringWriter();
            // The JDK's writer by name: the class path's first (Woodstox, our reader's parser) writes differently.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(IdentityFormat.ROOT);
            xml.writeDefaultNamespace(IdentityFormat.NAMESPACE);
            for (Map.Entry<String, String> value : manifest.identity().sealedValues().entrySet()) {
                element(xml, value.getKey(), value.getValue());
            }
            element(xml, IdentityFormat.SEAL, manifest.identity().seal());
            xml.writeStartElement(IdentityFormat.FIELDS);
            for (FieldMapEntry entry : manifest.fields()) {
                xml.writeStartElement(IdentityFormat.FIELD);
                xml.writeAttribute("id", entry.field().toString());
                xml.writeAttribute("bookmark", entry.bookmark());
                xml.writeAttribute("kind", entry.kind().name());
                xml.writeAttribute("position", Integer.toString(entry.position()));
                if (!entry.placeholder().isEmpty()) {
                    xml.writeAttribute("placeholder", entry.placeholder());
                }
                for (Map.Entry<String, String> choice : entry.choices().entrySet()) {
                    xml.writeStartElement(CHOICE);
                    xml.writeAttribute("value", choice.getValue());
                    xml.writeCharacters(choice.getKey());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the checklist manifest failed", e);
        }
    }

    public static ChecklistManifest read(String text) throws BadManifestException {
        Map<String, String> values = new HashMap<>();
        List<FieldMapEntry> fields = new ArrayList<>();
        Map<String, String> choices = new LinkedHashMap<>();
        String choiceValue = null;
        try {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            String element = null;
            StringBuilder value = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (IdentityFormat.FIELD.equals(xml.getLocalName())) {
                        fields.add(field(xml));
                        choices = new LinkedHashMap<>();
                    } else if (CHOICE.equals(xml.getLocalName())) {
                        choiceValue = xml.getAttributeValue(null, "value");
                    }
                    element = xml.getLocalName();
                    value.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS && element != null) {
                    value.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (CHOICE.equals(xml.getLocalName()) && choiceValue != null) {
                        choices.put(value.toString(), choiceValue);
                        choiceValue = null;
                    } else if (IdentityFormat.FIELD.equals(xml.getLocalName()) && !fields.isEmpty()) {
                        FieldMapEntry last = fields.remove(fields.size() - 1);
                        fields.add(new FieldMapEntry(last.field(), last.bookmark(), last.kind(), last.position(),
                                last.placeholder(), choices));
                    } else if (!CHOICE.equals(xml.getLocalName())) {
                        values.putIfAbsent(xml.getLocalName(), value.toString().strip());
                    }
                    element = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new BadManifestException("it is not well-formed XML");
        } catch (SafeXml.DoctypeFound e) {
            throw new BadManifestException("it contains a document type declaration");
        }
        return new ChecklistManifest(identity(values), fields);
    }

    private static FieldMapEntry field(XMLStreamReader xml) throws BadManifestException {
        String id = xml.getAttributeValue(null, "id");
        try {
            return new FieldMapEntry(FieldId.parse(id), xml.getAttributeValue(null, "bookmark"),
                    QuestionKind.valueOf(xml.getAttributeValue(null, "kind")),
                    Integer.parseInt(xml.getAttributeValue(null, "position")),
                    xml.getAttributeValue(null, "placeholder"), Map.of());
        } catch (RuntimeException e) {
            throw new BadManifestException("its field map entry for '" + id + "' is damaged");
        }
    }

    private static ChecklistIdentity identity(Map<String, String> values) throws BadManifestException {
        try {
            String part = require(values, IdentityFormat.PART);
            return new ChecklistIdentity(UUID.fromString(require(values, IdentityFormat.CHECKLIST_ID)),
                    require(values, IdentityFormat.REVIEW_ID), require(values, IdentityFormat.STATE),
                    require(values, IdentityFormat.INSTRUMENT), Integer.parseInt(require(values, IdentityFormat.CYCLE)),
                    Language.of(require(values, IdentityFormat.LANGUAGE)),
                    require(values, IdentityFormat.CATALOGUE_VERSION),
                    part.startsWith("agency:") ? part.substring("agency:".length()) : null,
                    Instant.parse(require(values, IdentityFormat.ISSUED_AT)), values.get(IdentityFormat.SEAL),
                    reviewer(values.get(IdentityFormat.REVIEWER)), cluster(values.get(IdentityFormat.CLUSTER)),
                    reviewer(values.get(IdentityFormat.EXPERT)), articles(values.get(IdentityFormat.ARTICLES)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadManifestException("its identity is damaged (" + e.getMessage() + ")");
        }
    }

    private static List<ArticleRef> articles(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<ArticleRef> articles = new ArrayList<>();
        for (String article : value.split(",")) {
            articles.add(ArticleRef.parse(article));
        }
        return articles;
    }

    /** The cluster, or 0 when the identity has none; a cluster that is not a positive number is damage. */
    private static int cluster(String value) {
        if (value == null || value.isEmpty()) {
            return 0;
        }
        int cluster = Integer.parseInt(value);
        if (cluster <= 0) {
            throw new IllegalArgumentException("cluster " + value);
        }
        return cluster;
    }

    private static String reviewer(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String require(Map<String, String> values, String name) throws BadManifestException {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new BadManifestException("it has no " + name);
        }
        return value;
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }
}
