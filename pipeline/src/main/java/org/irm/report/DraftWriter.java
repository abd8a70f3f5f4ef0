package org.irm.report;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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

/**
 * Assembles a draft's rendered parts into a Word package with docx4j (styles, numbering, header
 * and footer, settings, the draft's identity as a custom XML part and custom properties) and
 * returns its bytes, made stable by {@link StableZip}: the same parts give the same bytes. The
 * body is the rendered WordprocessingML as it is (a JAXB round trip of it would cost ten times the
 * rest of the draft). docx4j assembles the package around it once per language, symbol and
 * styles (a skeleton, cached); each draft then only puts its body, identity and properties in.
 *
 * <p>Thread-safe.
 */
public final class DraftWriter {

    /** The application named in the draft's docProps/app.xml. */
    public static final String APPLICATION = "IRM Pipeline";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DOCUMENT_PART = "word/document.xml";
    private static final String IDENTITY_PART = "customXml/item1.xml";
    private static final String PROPERTIES_PART = "docProps/custom.xml";
    /**
     * The main part docx4j is given: the rendered body goes into the package as FreeMarker wrote
     * it, since a JAXB round trip of a full report's body costs ten times the rest of the draft.
     * The body is checked to be well-formed XML before (see {@link WordCount#ofWordprocessingML}).
     */
    private static final String BODY_STANDIN = "<w:document xmlns:w=\"" + W + "\"><w:body><w:p/></w:body></w:document>";

    /** The cached skeletons, by what they are made of; a handful per language and symbol, bounded all the same. */
    private static final int MAX_SKELETONS = 64;
    private final Map<String, Skeleton> skeletons = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Skeleton> eldest) {
                    return size() > MAX_SKELETONS;
                }
            });

    /**
     * A package docx4j assembled with everything but the draft's own content: styles, numbering,
     * header, footer and settings of one language and symbol, the relationships and content types
     * of every part, and stand-ins for the body, the identity part and the custom properties.
     *
     * @param customProperties docProps/custom.xml as docx4j wrote it, with {@link #token} stand-ins for the values
     */
    private record Skeleton(byte[] bytes, String headerId, String footerId, String customProperties) { }

    public byte[] write(ReportRenderer.Parts parts, DraftIdentity identity, Iterable<ReportComposer.ShownBlock> blocks)
            throws IOException {
        String key = ReportService.sha256((identity.language().code() + "\u0000" + parts.styles() + "\u0000"
                + parts.numbering() + "\u0000" + parts.header() + "\u0000" + parts.footer()).getBytes(StandardCharsets.UTF_8));
        Skeleton skeleton = skeletons.get(key);
        if (skeleton == null) {
            skeleton = skeleton(parts, identity.language());
            skeletons.put(key, skeleton);
        }
        byte[] document = parts.document().replace(ReportRenderer.HEADER_ID, skeleton.headerId())
                .replace(ReportRenderer.FOOTER_ID, skeleton.footerId()).getBytes(StandardCharsets.UTF_8);
        String custom = skeleton.customProperties();
        for (Map.Entry<String, String> value : identity.properties().entrySet()) {
            custom = custom.replace(token(value.getKey()), escaped(value.getValue()));
        }
        return StableZip.rewrite(skeleton.bytes(), Map.of(DOCUMENT_PART, document,
                IDENTITY_PART, identity.toXml(blocks).getBytes(StandardCharsets.UTF_8),
                PROPERTIES_PART, custom.getBytes(StandardCharsets.UTF_8)));
    }

    private Skeleton skeleton(ReportRenderer.Parts parts, Language language) throws IOException {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unmarshalString(parts.styles()));
            NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
            numbering.setJaxbElement((Numbering) XmlUtils.unmarshalString(parts.numbering()));
            main.addTargetPart(numbering);
            HeaderPart header = new HeaderPart();
            header.setJaxbElement((Hdr) XmlUtils.unmarshalString(parts.header()));
            String headerId = main.addTargetPart(header).getId();
            FooterPart footer = new FooterPart();
            footer.setJaxbElement((Ftr) XmlUtils.unmarshalString(parts.footer()));
            String footerId = main.addTargetPart(footer).getId();
            main.setJaxbElement((Document) XmlUtils.unmarshalString(BODY_STANDIN));
            settings(main, language);
            identityPart(pkg);
            properties(pkg);
            if (pkg.getDocPropsExtendedPart() != null) {
                pkg.getDocPropsExtendedPart().getContents().setApplication(APPLICATION);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pkg.save(out);
            byte[] bytes = out.toByteArray();
            return new Skeleton(bytes, headerId, footerId, new String(StableZip.entry(bytes, PROPERTIES_PART),
                    StandardCharsets.UTF_8));
        } catch (Docx4JException | JAXBException e) {
            throw new IOException("Writing the report draft failed: " + e.getMessage(), e);
        }
    }

    private static String token(String property) {
        return "irmReportValueOf" + property;
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void settings(MainDocumentPart main, Language language) throws Docx4JException, JAXBException {
        String settings = "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"567\"/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
                + "w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"" + ReportComposer.wordLanguage(language)
                + "\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:settings>";
        DocumentSettingsPart part = main.getDocumentSettingsPart();
        if (part == null) {
            part = new DocumentSettingsPart();
            main.addTargetPart(part);
        }
        part.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(settings)));
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

    /** The custom properties with stand-ins for their values, which each draft fills in. */
    private static void properties(WordprocessingMLPackage pkg) throws Docx4JException {
        DocPropsCustomPart custom = pkg.getDocPropsCustomPart();
        if (custom == null) {
            custom = new DocPropsCustomPart();
            custom.setJaxbElement(new org.docx4j.docProps.custom.ObjectFactory().createProperties());
            pkg.addTargetPart(custom);
        }
        for (String name : DraftIdentity.PROPERTY_NAMES) {
            custom.setProperty(DraftIdentity.PROPERTY_PREFIX + name, token(name));
        }
    }
}
