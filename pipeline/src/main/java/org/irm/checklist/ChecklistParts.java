package org.irm.checklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.docx4j.customXmlProperties.DatastoreItem;
import org.docx4j.customXmlProperties.SchemaRefs;
import org.docx4j.model.datastorage.CustomXmlDataStorageImpl;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePropertiesPart;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.openpackaging.parts.PartName;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;

/**
 * What every document this project issues shares with the checklist: its styles and fonts, and
 * its sealed identity (custom XML part with its item properties, and custom document properties).
 * The checklist writer and the review copy writer both use it, so both are read back alike.
 */
public final class ChecklistParts {

    private ChecklistParts() {
    }

    /** The checklist styles of {@code templates/checklist/} with the language's fonts. */
    public static String styles(TemplateSource templates, Language language) throws IOException {
        Properties fonts = new Properties();
        try (TemplateSource.Template template = templates.open("checklist/fonts.properties")) {
            fonts.load(new java.io.InputStreamReader(template.stream(), StandardCharsets.UTF_8));
        }
        String code = language.code();
        String styles;
        try (TemplateSource.Template template = templates.open("checklist/styles.xml")) {
            styles = new String(template.stream().readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> tokens = Map.of(
                "@LATIN_FONT@", font(fonts, code, "latin"),
                "@CS_FONT@", font(fonts, code, "cs"),
                "@EA_FONT@", font(fonts, code, "eastAsia"),
                "@LANG@", language.rightToLeft() ? "en-GB" : language.locale().toLanguageTag(),
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

    /**
     * Writes the sealed identity twice (custom XML part with the field map, and custom document
     * properties) and names IRM Pipeline as the application.
     */
    public static void identity(WordprocessingMLPackage pkg, ChecklistManifest manifest) throws Docx4JException {
        identityPart(pkg, manifest);
        properties(pkg, manifest.identity());
        if (pkg.getDocPropsExtendedPart() != null) {
            pkg.getDocPropsExtendedPart().getContents().setApplication(ChecklistWriter.APPLICATION);
        }
    }

    private static void identityPart(WordprocessingMLPackage pkg, ChecklistManifest manifest) throws Docx4JException {
        String itemId = "{" + manifest.identity().checklistId().toString().toUpperCase(java.util.Locale.ROOT) + "}";
        customXmlPart(pkg, ManifestXml.write(manifest), IdentityFormat.NAMESPACE, itemId);
    }

    /**
     * Writes the field map of a document that has no identity (the consolidated review) as its custom
     * XML part; its item id comes from the namespace, so equal documents stay equal.
     */
    public static void fieldMap(WordprocessingMLPackage pkg, java.util.Collection<org.irm.catalogue.FieldId> fields)
            throws Docx4JException {
        String itemId = "{" + java.util.UUID.nameUUIDFromBytes(FieldMapPart.NAMESPACE.getBytes(StandardCharsets.UTF_8))
                .toString().toUpperCase(java.util.Locale.ROOT) + "}";
        customXmlPart(pkg, FieldMapPart.write(fields), FieldMapPart.NAMESPACE, itemId);
    }

    private static void customXmlPart(WordprocessingMLPackage pkg, String content, String namespace, String itemId)
            throws Docx4JException {
        CustomXmlDataStoragePart part = new CustomXmlDataStoragePart(new PartName("/customXml/item1.xml"));
        CustomXmlDataStorageImpl data = new CustomXmlDataStorageImpl();
        try (InputStream xml = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))) {
            data.setDocument(xml);
        } catch (IOException e) {
            throw new Docx4JException("Cannot build the custom XML part " + namespace, e);
        }
        part.setData(data);
        pkg.getMainDocumentPart().addTargetPart(part);
        // Word and LibreOffice keep a custom XML part only with its item properties (an item id and the schema).
        CustomXmlDataStoragePropertiesPart properties = new CustomXmlDataStoragePropertiesPart(
                new PartName("/customXml/itemProps1.xml"));
        DatastoreItem item = new org.docx4j.customXmlProperties.ObjectFactory().createDatastoreItem();
        item.setItemID(itemId);
        SchemaRefs refs = new org.docx4j.customXmlProperties.ObjectFactory().createSchemaRefs();
        SchemaRefs.SchemaRef ref = new org.docx4j.customXmlProperties.ObjectFactory().createSchemaRefsSchemaRef();
        ref.setUri(namespace);
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
