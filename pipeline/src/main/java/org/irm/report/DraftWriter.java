package org.irm.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.irm.catalogue.Language;
import org.irm.docx.SafeXml;
import org.irm.docx.StableZip;
import org.irm.docx.WordNames;

/**
 * Assembles a draft's rendered parts into a Word package and returns its bytes, made stable by
 * {@link StableZip}: the same parts give the same bytes, whichever thread or process writes
 * them. The package's relationships and content types are the fixed text docx4j writes for it
 * ({@link #FIXED_PARTS}, checked against docx4j by DraftPackageTest); each draft puts in, as text,
 * every part whose content it owns: the body, styles, numbering, header and footer as the
 * templates rendered them, the settings, the document properties and the identity. Neither a JAXB
 * round trip of the body (ten times the cost of the rest of the draft) nor docx4j's marshalling
 * reaches the bytes: the order in which JAXB declares namespaces depends on what the process
 * marshalled before.
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


    /** The parts no draft owns (relationships, content types), and the ids of the header's and footer's relationships. */
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
        Skeleton skeleton = SKELETON;
        // As String.replace of each stand-in in turn: in UTF-8 an ASCII text is found only where the text has it.
        byte[] body = replaced(document, HEADER_STANDIN, skeleton.headerId(), FOOTER_STANDIN, skeleton.footerId());
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

    /**
     * The bytes with every occurrence of {@code one} replaced by {@code withOne}, then of {@code other} by
     * {@code withOther}, in one pass: the same as two passes when neither stand-in can overlap the other or
     * be made by a replacement (true of the header's and footer's). The body is a draft's largest part
     * (about 350 KB) and the stand-ins are in its last section only: the search skips ahead as far as the
     * byte under the stand-ins' last one allows (Horspool), instead of comparing at every byte; two
     * byte-by-byte passes took 7% of drafting (issue 20's profile).
     */
    static byte[] replaced(byte[] bytes, byte[] one, byte[] withOne, byte[] other, byte[] withOther) {
        ByteArrayOutputStream out = null;
        int copied = 0;
        int length = Math.min(one.length, other.length);
        int[] skip = skipTable(one, other, length);
        int i = length - 1;
        while (i < bytes.length) {
            int start = i - length + 1;
            byte last = bytes[i];
            byte[] found = last == one[length - 1] && startsAt(bytes, start, one) ? one
                    : last == other[length - 1] && startsAt(bytes, start, other) ? other : null;
            if (found == null) {
                i += skip[bytes[i] & 0xFF];
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(bytes.length + 64);
            }
            out.write(bytes, copied, start - copied);
            byte[] with = found == one ? withOne : withOther;
            out.write(with, 0, with.length);
            copied = start + found.length;
            i = copied + length - 1;
        }
        if (out == null) {
            return bytes;
        }
        out.write(bytes, copied, bytes.length - copied);
        return out.toByteArray();
    }

    /**
     * How far the search may move on when the byte under the last of {@code length} bytes is b: to the
     * nearest place where b could stand in either text's first {@code length} bytes, their last left out.
     */
    private static int[] skipTable(byte[] one, byte[] other, int length) {
        int[] skip = new int[256];
        Arrays.fill(skip, length);
        for (byte[] what : new byte[][] {one, other}) {
            for (int j = 0; j < length - 1; j++) {
                skip[what[j] & 0xFF] = Math.min(skip[what[j] & 0xFF], length - 1 - j);
            }
        }
        return skip;
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] what) {
        return at + what.length <= bytes.length && Arrays.equals(bytes, at, at + what.length, what, 0, what.length);
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.";

    /** The relationship ids of the header and footer in {@code word/_rels/document.xml.rels}. */
    static final String HEADER_RELATIONSHIP = "rId4";
    static final String FOOTER_RELATIONSHIP = "rId5";

    /**
     * The parts of the package no draft owns: its content types, relationships and the identity's
     * item properties, as docx4j writes them for this package (DraftPackageTest builds the package
     * with docx4j and finds these very bytes). Written out here, so drafting loads neither docx4j nor
     * JAXB: their classes and binding metadata took a tenth of a 64 MB heap, and building the package
     * a few seconds of the first draft.
     */
    static final Map<String, String> FIXED_PARTS = Map.of(
            "[Content_Types].xml", XML_DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override ContentType=\"application/xml\" PartName=\"/customXml/item1.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "customXmlProperties+xml\" PartName=\"/customXml/itemProps1.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "extended-properties+xml\" PartName=\"/docProps/app.xml\"/>"
                    + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "custom-properties+xml\" PartName=\"/docProps/custom.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "wordprocessingml.document.main+xml\" PartName=\"/word/document.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "wordprocessingml.footer+xml\" PartName=\"/word/footer.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "wordprocessingml.header+xml\" PartName=\"/word/header.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "wordprocessingml.numbering+xml\" PartName=\"/word/numbering.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "wordprocessingml.settings+xml\" PartName=\"/word/settings.xml\"/>"
                    + "<Override ContentType=\"" + CONTENT_TYPE + "wordprocessingml.styles+xml\" PartName=\"/word/styles.xml\"/></Types>",
            "_rels/.rels", XML_DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + "<Relationship Target=\"word/document.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/officeDocument\" Id=\"rId1\"/>"
                    + "<Relationship Target=\"docProps/core.xml\" Type=\"" + RELATIONSHIPS + "/metadata/core-properties\" Id=\"rId2\"/>"
                    + "<Relationship Target=\"docProps/app.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/extended-properties\" Id=\"rId3\"/>"
                    + "<Relationship Target=\"docProps/custom.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/custom-properties\" Id=\"rId4\"/>"
                    + "</Relationships>",
            "customXml/_rels/item1.xml.rels", XML_DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + "<Relationship Target=\"itemProps1.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/customXmlProps\" Id=\"rId1\"/>"
                    + "</Relationships>",
            "customXml/itemProps1.xml", XML_DECLARATION + "<ds:datastoreItem xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\" "
                    + "ds:itemID=\"" + itemId() + "\"><ds:schemaRefs><ds:schemaRef ds:uri=\"" + DraftIdentity.NAMESPACE
                    + "\"/></ds:schemaRefs></ds:datastoreItem>",
            "word/_rels/document.xml.rels", XML_DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + "<Relationship Target=\"styles.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/styles\" Id=\"rId1\"/>"
                    + "<Relationship Target=\"settings.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/settings\" Id=\"rId2\"/>"
                    + "<Relationship Target=\"numbering.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/numbering\" Id=\"rId3\"/>"
                    + "<Relationship Target=\"header.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/header\" Id=\"" + HEADER_RELATIONSHIP + "\"/>"
                    + "<Relationship Target=\"footer.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/footer\" Id=\"" + FOOTER_RELATIONSHIP + "\"/>"
                    + "<Relationship Target=\"../customXml/item1.xml\" Type=\"" + OFFICE_RELATIONSHIPS + "/customXml\" Id=\"rId6\"/>"
                    + "</Relationships>");

    /** The parts each draft puts in. */
    static final List<String> OWNED_PARTS = List.of(DOCUMENT_PART, STYLES_PART, NUMBERING_PART, HEADER_PART, FOOTER_PART,
            SETTINGS_PART, IDENTITY_PART, PROPERTIES_PART, APP_PART, CORE_PART);

    private static final Skeleton SKELETON = fixedSkeleton();

    private static Skeleton fixedSkeleton() {
        SortedMap<String, byte[]> entries = StableZip.sorted();
        FIXED_PARTS.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new Skeleton(Collections.unmodifiableSortedMap(entries), 4096,
                HEADER_RELATIONSHIP.getBytes(StandardCharsets.US_ASCII), FOOTER_RELATIONSHIP.getBytes(StandardCharsets.US_ASCII));
    }

    /** The identity's item id: derived from the namespace, not random, so equal drafts stay byte-identical. */
    static String itemId() {
        return "{" + UUID.nameUUIDFromBytes(DraftIdentity.NAMESPACE.getBytes(StandardCharsets.UTF_8)).toString()
                .toUpperCase(Locale.ROOT) + "}";
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
}
