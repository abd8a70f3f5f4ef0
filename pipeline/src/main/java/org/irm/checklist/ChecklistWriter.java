package org.irm.checklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.docx4j.XmlUtils;
import org.docx4j.model.datastorage.CustomXmlDataStorageImpl;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.customXmlProperties.DatastoreItem;
import org.docx4j.customXmlProperties.SchemaRefs;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePropertiesPart;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Document;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Styles;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.I18nLabels;
import org.irm.config.TemplateSource;

/**
 * Writes a State's checklist as a Word document with docx4j: the body laid out by
 * {@link ChecklistBody}, styles from {@code templates/checklist/styles.xml}, a footer with page
 * numbers, read-only protection with editable answer ranges, and the sealed identity twice: in a
 * custom XML part (with the field map) and in custom document properties.
 */
public final class ChecklistWriter {

    /** The application named in the checklist's docProps/app.xml. */
    public static final String APPLICATION = "IRM Pipeline";

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final IdentitySeal seal;
    private final TemplateSource templates;

    public ChecklistWriter(Catalogue catalogue, I18nLabels labels, IdentitySeal seal, TemplateSource templates) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.seal = seal;
        this.templates = templates;
    }

    /** Writes the checklist to the stream (not closed) and returns its sealed identity and field map. */
    public ChecklistManifest write(ChecklistRequest request, OutputStream out) throws IOException {
        ChecklistIdentity identity = seal.seal(new ChecklistIdentity(request.checklistId(), request.reviewId(),
                request.state(), catalogue.instrument(), catalogue.cycle(), request.language(), catalogue.version(),
                request.agency(), request.issuedAt(), null));
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unmarshalString(styles(request)));
            String footer = footer(pkg, request);
            ChecklistBody body = new ChecklistBody(catalogue, labels, request);
            main.setJaxbElement((Document) XmlUtils.unmarshalString(body.write(footer)));
            protect(main);
            ChecklistManifest manifest = new ChecklistManifest(identity, body.fieldMap());
            identityPart(pkg, manifest);
            properties(pkg, identity);
            if (pkg.getDocPropsExtendedPart() != null) {
                pkg.getDocPropsExtendedPart().getContents().setApplication(APPLICATION);
            }
            pkg.save(out);
            return manifest;
        } catch (Docx4JException | jakarta.xml.bind.JAXBException e) {
            throw new IOException("Writing the checklist failed: " + e.getMessage(), e);
        }
    }

    private String styles(ChecklistRequest request) throws IOException {
        Properties fonts = new Properties();
        try (TemplateSource.Template template = templates.open("checklist/fonts.properties")) {
            fonts.load(new java.io.InputStreamReader(template.stream(), StandardCharsets.UTF_8));
        }
        String code = request.language().code();
        String styles;
        try (TemplateSource.Template template = templates.open("checklist/styles.xml")) {
            styles = new String(template.stream().readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> tokens = Map.of(
                "@LATIN_FONT@", font(fonts, code, "latin"),
                "@CS_FONT@", font(fonts, code, "cs"),
                "@EA_FONT@", font(fonts, code, "eastAsia"),
                "@LANG@", request.language().rightToLeft() ? "en-GB" : request.language().locale().toLanguageTag(),
                "@BIDI_LANG@", "ar-SA",
                "@EA_LANG@", "zh-CN");
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            styles = styles.replace(token.getKey(), token.getValue());
        }
        return styles;
    }

    private static String font(Properties fonts, String language, String script) {
        return fonts.getProperty(language + "." + script, fonts.getProperty("default." + script, "Times New Roman"));
    }

    private String footer(WordprocessingMLPackage pkg, ChecklistRequest request)
            throws InvalidFormatException, jakarta.xml.bind.JAXBException {
        String[] text = labels.text(request.language(), "checklist.footer.page", "\u0000", "\u0001").split("[\u0000\u0001]", -1);
        WordXml xml = new WordXml();
        xml.start("ftr");
        xml.namespaces();
        xml.start("p").start("pPr").empty("pStyle", "val", "Footer");
        if (request.language().rightToLeft()) {
            xml.empty("bidi");
        }
        xml.end();
        footerText(xml, text.length > 0 ? text[0] : "");
        pageField(xml, "PAGE");
        footerText(xml, text.length > 1 ? text[1] : " / ");
        pageField(xml, "NUMPAGES");
        footerText(xml, text.length > 2 ? text[2] : "");
        xml.end().end();
        FooterPart part = new FooterPart();
        part.setJaxbElement((Ftr) XmlUtils.unmarshalString(xml.finish()));
        Relationship relationship = pkg.getMainDocumentPart().addTargetPart(part);
        return relationship.getId();
    }

    private static void footerText(WordXml xml, String text) {
        if (!text.isEmpty()) {
            xml.start("r").text(text).end();
        }
    }

    private static void pageField(WordXml xml, String instruction) {
        xml.start("r").empty("fldChar", "fldCharType", "begin").end();
        xml.start("r").start("instrText").characters(" " + instruction + " ").end().end();
        xml.start("r").empty("fldChar", "fldCharType", "separate").end();
        xml.start("r").text("1").end();
        xml.start("r").empty("fldChar", "fldCharType", "end").end();
    }

    /** Read-only for everyone except inside the answer ranges; no password, so it guides rather than locks. */
    private static void protect(MainDocumentPart main) throws InvalidFormatException, jakarta.xml.bind.JAXBException {
        String settings = "<w:settings xmlns:w=\"" + WordXml.W + "\">"
                + "<w:documentProtection w:edit=\"readOnly\" w:enforcement=\"1\"/>"
                + "<w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";
        DocumentSettingsPart part = main.getDocumentSettingsPart();
        if (part == null) {
            part = new DocumentSettingsPart();
            main.addTargetPart(part);
        }
        part.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(settings)));
    }

    private static void identityPart(WordprocessingMLPackage pkg, ChecklistManifest manifest) throws Docx4JException {
        CustomXmlDataStoragePart part = new CustomXmlDataStoragePart(new PartName("/customXml/item1.xml"));
        CustomXmlDataStorageImpl data = new CustomXmlDataStorageImpl();
        try (InputStream xml = new ByteArrayInputStream(ManifestXml.write(manifest).getBytes(StandardCharsets.UTF_8))) {
            data.setDocument(xml);
        } catch (IOException e) {
            throw new Docx4JException("Cannot build the identity part", e);
        }
        part.setData(data);
        pkg.getMainDocumentPart().addTargetPart(part);
        // Word and LibreOffice keep a custom XML part only with its item properties (an item id and the schema).
        CustomXmlDataStoragePropertiesPart properties = new CustomXmlDataStoragePropertiesPart(
                new PartName("/customXml/itemProps1.xml"));
        DatastoreItem item = new org.docx4j.customXmlProperties.ObjectFactory().createDatastoreItem();
        String itemId = "{" + manifest.identity().checklistId().toString().toUpperCase(java.util.Locale.ROOT) + "}";
        item.setItemID(itemId);
        SchemaRefs refs = new org.docx4j.customXmlProperties.ObjectFactory().createSchemaRefs();
        SchemaRefs.SchemaRef ref = new org.docx4j.customXmlProperties.ObjectFactory().createSchemaRefsSchemaRef();
        ref.setUri(IdentityFormat.NAMESPACE);
        refs.getSchemaRef().add(ref);
        item.setSchemaRefs(refs);
        properties.setJaxbElement(item);
        part.addTargetPart(properties);
        pkg.getCustomXmlDataStorageParts().put(itemId.toLowerCase(java.util.Locale.ROOT), part);
    }

    private static void properties(WordprocessingMLPackage pkg, ChecklistIdentity identity) throws InvalidFormatException {
        DocPropsCustomPart custom = pkg.getDocPropsCustomPart();
        if (custom == null) {
            custom = new DocPropsCustomPart();
            custom.setJaxbElement(new org.docx4j.docProps.custom.ObjectFactory().createProperties());
            pkg.addTargetPart(custom);
        }
        for (Map.Entry<String, String> value : identity.sealedValues().entrySet()) {
            custom.setProperty(IdentityFormat.propertyName(value.getKey()), value.getValue());
        }
        custom.setProperty(IdentityFormat.propertyName(IdentityFormat.SEAL), identity.seal());
    }

}
