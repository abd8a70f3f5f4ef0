package org.irm.report;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.docx4j.XmlUtils;
import org.docx4j.customXmlProperties.DatastoreItem;
import org.docx4j.customXmlProperties.SchemaRefs;
import org.docx4j.model.datastorage.CustomXmlDataStorageImpl;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePropertiesPart;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Document;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Styles;
import org.irm.catalogue.Language;
import org.irm.docx.SafeXml;
import org.irm.docx.StableZip;
import org.irm.docx.WordNames;

/**
 * Assembles a draft's rendered parts into a Word package and returns its bytes, made stable by
 * {@link StableZip}: the same parts give the same bytes, whichever thread or process writes
 * them. docx4j assembles the package once (a skeleton: every part with its relationships and
 * content type); each draft then puts in, as text, every part whose content it owns: the body,
 * styles, numbering, header and footer as the templates rendered them, the settings, the
 * document properties and the identity. Neither a JAXB round trip of the body (ten times the
 * cost of the rest of the draft) nor docx4j's marshalling of the other parts reaches the bytes:
 * the order in which JAXB declares namespaces depends on what the process marshalled before.
 *
 * <p>Thread-safe.
 */
public final class DraftWriter {

    /** The application named in the draft's docProps/app.xml. */
    public static final String APPLICATION = "IRM Pipeline";

    private static final String W = WordNames.W;
    private static final String VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    private static final String CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private static final String EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    /** The format id every user-defined custom property carries. */
    private static final String USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static final String DOCUMENT_PART = "word/document.xml";
    private static final String STYLES_PART = "word/styles.xml";
    private static final String NUMBERING_PART = "word/numbering.xml";
    private static final String HEADER_PART = "word/header.xml";
    private static final String FOOTER_PART = "word/footer.xml";
    private static final String SETTINGS_PART = "word/settings.xml";
    private static final String IDENTITY_PART = "customXml/item1.xml";
    private static final String PROPERTIES_PART = "docProps/custom.xml";
    private static final String APP_PART = "docProps/app.xml";
    private static final String CORE_PART = "docProps/core.xml";

    private static final String APP_XML = XML_DECLARATION + "<Properties xmlns=\"" + EXTENDED + "\" xmlns:vt=\"" + VT
            + "\"><Application>" + APPLICATION + "</Application></Properties>";
    /** No author, title or dates: nothing in a draft depends on when or by whom it was generated. */
    private static final String CORE_XML = XML_DECLARATION + "<cp:coreProperties "
            + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"/>";

    /** What the skeleton's parts hold until each draft puts its own in. */
    private static final String STANDIN = "<w:%1$s xmlns:w=\"" + W + "\">%2$s</w:%1$s>";

    private volatile Skeleton skeleton;

    /**
     * A package docx4j assembled with a stand-in for every part a draft owns: the relationships
     * and content types of every part, and the ids of the header's and footer's relationships.
     */
    private record Skeleton(SortedMap<String, byte[]> entries, int size, byte[] headerId, byte[] footerId) { }

    public byte[] write(ReportRenderer.Parts parts, DraftIdentity identity, Iterable<ReportComposer.ShownBlock> blocks)
            throws IOException {
        return write(parts, parts.document().getBytes(StandardCharsets.UTF_8), identity, blocks);
    }

    /**
     * The draft of these parts, with the body already in UTF-8 ({@code document}: {@code parts.document()}'s
     * bytes, which the caller has digested): the body, the largest part by far, is encoded once.
     */
    byte[] write(ReportRenderer.Parts parts, byte[] document, DraftIdentity identity,
                 Iterable<ReportComposer.ShownBlock> blocks) throws IOException {
        Skeleton skeleton = skeleton();
        // As String.replace of each stand-in in turn: in UTF-8 an ASCII text is found only where the text has it.
        byte[] body = replaced(replaced(document, HEADER_STANDIN, skeleton.headerId()), FOOTER_STANDIN, skeleton.footerId());
        SortedMap<String, byte[]> owned = new TreeMap<>(skeleton.entries());
        owned.put(DOCUMENT_PART, body);
        owned.put(STYLES_PART, wellFormed("styles", parts.styles()));
        owned.put(NUMBERING_PART, wellFormed("numbering", parts.numbering()));
        owned.put(HEADER_PART, wellFormed("header", parts.header()));
        owned.put(FOOTER_PART, wellFormed("footer", parts.footer()));
        owned.put(SETTINGS_PART, settings(identity.language()).getBytes(StandardCharsets.UTF_8));
        owned.put(IDENTITY_PART, identity.toXml(blocks).getBytes(StandardCharsets.UTF_8));
        owned.put(PROPERTIES_PART, customProperties(identity).getBytes(StandardCharsets.UTF_8));
        owned.put(APP_PART, APP_XML.getBytes(StandardCharsets.UTF_8));
        owned.put(CORE_PART, CORE_XML.getBytes(StandardCharsets.UTF_8));
        return StableZip.write(owned, skeleton.size() + body.length / 4);
    }

    private static final byte[] HEADER_STANDIN = ReportRenderer.HEADER_ID.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FOOTER_STANDIN = ReportRenderer.FOOTER_ID.getBytes(StandardCharsets.US_ASCII);

    /** The bytes with every occurrence of {@code what} (left to right, not overlapping) replaced by {@code with}. */
    static byte[] replaced(byte[] bytes, byte[] what, byte[] with) {
        ByteArrayOutputStream out = null;
        int copied = 0;
        int at = indexOf(bytes, what, 0);
        while (at >= 0) {
            if (out == null) {
                out = new ByteArrayOutputStream(bytes.length + 64);
            }
            out.write(bytes, copied, at - copied);
            out.write(with, 0, with.length);
            copied = at + what.length;
            at = indexOf(bytes, what, copied);
        }
        if (out == null) {
            return bytes;
        }
        out.write(bytes, copied, bytes.length - copied);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        byte first = what[0];
        for (int i = from, last = bytes.length - what.length; i <= last; i++) {
            if (bytes[i] == first && Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    private Skeleton skeleton() throws IOException {
        Skeleton built = skeleton;
        if (built == null) {
            synchronized (this) {
                built = skeleton;
                if (built == null) {
                    built = buildSkeleton();
                    skeleton = built;
                }
            }
        }
        return built;
    }

    private static Skeleton buildSkeleton() throws IOException {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unmarshalString(standIn("styles", "")));
            NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
            numbering.setJaxbElement((Numbering) XmlUtils.unmarshalString(standIn("numbering", "")));
            main.addTargetPart(numbering);
            HeaderPart header = new HeaderPart();
            header.setJaxbElement((Hdr) XmlUtils.unmarshalString(standIn("hdr", "<w:p/>")));
            String headerId = main.addTargetPart(header).getId();
            FooterPart footer = new FooterPart();
            footer.setJaxbElement((Ftr) XmlUtils.unmarshalString(standIn("ftr", "<w:p/>")));
            String footerId = main.addTargetPart(footer).getId();
            main.setJaxbElement((Document) XmlUtils.unmarshalString(standIn("document", "<w:body><w:p/></w:body>")));
            DocumentSettingsPart settings = main.getDocumentSettingsPart();
            if (settings == null) {
                settings = new DocumentSettingsPart();
                main.addTargetPart(settings);
            }
            settings.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(standIn("settings", ""))));
            identityPart(pkg);
            if (pkg.getDocPropsCustomPart() == null) {
                DocPropsCustomPart custom = new DocPropsCustomPart();
                custom.setJaxbElement(new org.docx4j.docProps.custom.ObjectFactory().createProperties());
                pkg.addTargetPart(custom);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            pkg.save(out);
            byte[] bytes = out.toByteArray();
            SortedMap<String, byte[]> entries = StableZip.entries(bytes);
            for (String part : List.of(DOCUMENT_PART, STYLES_PART, NUMBERING_PART, HEADER_PART, FOOTER_PART, SETTINGS_PART,
                    IDENTITY_PART, PROPERTIES_PART, APP_PART, CORE_PART)) {
                if (!entries.containsKey(part)) { // each part a draft puts in is where it goes
                    throw new IOException("The package has no " + part);
                }
            }
            return new Skeleton(Collections.unmodifiableSortedMap(entries), bytes.length,
                    headerId.getBytes(StandardCharsets.US_ASCII), footerId.getBytes(StandardCharsets.US_ASCII));
        } catch (Docx4JException | JAXBException e) {
            throw new IOException("Writing the report draft failed: " + e.getMessage(), e);
        }
    }

    private static String standIn(String element, String content) {
        return String.format(Locale.ROOT, STANDIN, element, content);
    }

    /**
     * A rendered part's bytes, once it is known to be well-formed XML: a template the secretariat
     * changed is refused with its name rather than written into a draft Word cannot open.
     */
    private static byte[] wellFormed(String template, String xml) throws IOException {
        try {
            XMLStreamReader reader = SafeXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (XMLStreamException | SafeXml.DoctypeFound e) {
            throw new IOException("The report template report/" + template + ".ftl does not give well-formed XML: "
                    + e.getMessage(), e);
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** docProps/custom.xml: the identity's values as user-defined properties, numbered from 2 as Word does. */
    private static String customProperties(DraftIdentity identity) {
        StringWriter text = new StringWriter(1024);
        try {
            // The JDK's writer by name: the class path's first (Woodstox, our reader's parser) writes differently.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(CUSTOM);
            xml.setPrefix("vt", VT);
            xml.writeStartElement(CUSTOM, "Properties");
            xml.writeDefaultNamespace(CUSTOM);
            xml.writeNamespace("vt", VT);
            int pid = 2;
            for (Map.Entry<String, String> value : identity.properties().entrySet()) {
                xml.writeStartElement(CUSTOM, "property");
                xml.writeAttribute("fmtid", USER_DEFINED);
                xml.writeAttribute("pid", Integer.toString(pid++));
                xml.writeAttribute("name", DraftIdentity.PROPERTY_PREFIX + value.getKey());
                xml.writeStartElement(VT, "lpwstr");
                xml.writeCharacters(value.getValue());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing a draft's properties failed", e);
        }
        return text.toString();
    }

    private static String settings(Language language) {
        return XML_DECLARATION + "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"567\"/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
                + "w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"" + ReportComposer.wordLanguage(language)
                + "\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:settings>";
    }

    /** The identity part with a stand-in content (each draft puts its own in); its item id is fixed, not random. */
    private static void identityPart(WordprocessingMLPackage pkg) throws Docx4JException {
        CustomXmlDataStoragePart part = new CustomXmlDataStoragePart(new PartName("/customXml/item1.xml"));
        CustomXmlDataStorageImpl data = new CustomXmlDataStorageImpl();
        String standIn = "<report xmlns=\"" + DraftIdentity.NAMESPACE + "\"/>";
        try (InputStream xml = new ByteArrayInputStream(standIn.getBytes(StandardCharsets.UTF_8))) {
            data.setDocument(xml);
        } catch (IOException e) {
            throw new Docx4JException("Cannot build the draft's identity part", e);
        }
        part.setData(data);
        pkg.getMainDocumentPart().addTargetPart(part);
        // Word and LibreOffice keep a custom XML part only with its item properties. The item id is
        // derived from the namespace, not random, so equal drafts stay byte-identical.
        CustomXmlDataStoragePropertiesPart properties = new CustomXmlDataStoragePropertiesPart(
                new PartName("/customXml/itemProps1.xml"));
        org.docx4j.customXmlProperties.ObjectFactory factory = new org.docx4j.customXmlProperties.ObjectFactory();
        DatastoreItem item = factory.createDatastoreItem();
        String itemId = "{" + UUID.nameUUIDFromBytes(DraftIdentity.NAMESPACE.getBytes(StandardCharsets.UTF_8)).toString()
                .toUpperCase(Locale.ROOT) + "}";
        item.setItemID(itemId);
        SchemaRefs refs = factory.createSchemaRefs();
        SchemaRefs.SchemaRef ref = factory.createSchemaRefsSchemaRef();
        ref.setUri(DraftIdentity.NAMESPACE);
        refs.getSchemaRef().add(ref);
        item.setSchemaRefs(refs);
        properties.setJaxbElement(item);
        part.addTargetPart(properties);
        pkg.getCustomXmlDataStorageParts().put(itemId.toLowerCase(Locale.ROOT), part);
    }
}
