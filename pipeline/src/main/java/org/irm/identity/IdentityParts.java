package org.irm.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.docx4j.customXmlProperties.DatastoreItem;
import org.docx4j.customXmlProperties.ObjectFactory;
import org.docx4j.customXmlProperties.SchemaRefs;
import org.docx4j.model.datastorage.CustomXmlDataStorageImpl;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePropertiesPart;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.openpackaging.parts.PartName;
import org.irm.catalogue.FieldId;

/**
 * Writes our identity into a Word package we issue: the sealed identity twice (custom XML part
 * with its item properties, and custom document properties), or for a document with no identity
 * only its field map. {@link IdentityVerifier} reads back what this writes, for every writer alike.
 */
public final class IdentityParts {

    /** The application every document we issue names in its extended properties. */
    public static final String APPLICATION = "IRM Pipeline";

    private IdentityParts() {
    }

    /**
     * Writes the sealed identity twice (custom XML part with the field map, and custom document
     * properties) and names IRM Pipeline as the application.
     */
    public static void identity(WordprocessingMLPackage pkg, ChecklistManifest manifest) throws Docx4JException {
        identityPart(pkg, manifest);
        properties(pkg, manifest.identity());
        if (pkg.getDocPropsExtendedPart() != null) {
            pkg.getDocPropsExtendedPart().getContents().setApplication(APPLICATION);
        }
    }

    private static void identityPart(WordprocessingMLPackage pkg, ChecklistManifest manifest) throws Docx4JException {
        String itemId = "{" + manifest.identity().checklistId().toString().toUpperCase(Locale.ROOT) + "}";
        customXmlPart(pkg, ManifestXml.write(manifest), IdentityFormat.NAMESPACE, itemId);
    }

    /**
     * Writes the field map of a document that has no identity (the consolidated review) as its custom
     * XML part; its item id comes from the namespace, so equal documents stay equal.
     */
    public static void fieldMap(WordprocessingMLPackage pkg, Collection<FieldId> fields)
            throws Docx4JException {
        String itemId = "{" + UUID.nameUUIDFromBytes(FieldMapPart.NAMESPACE.getBytes(StandardCharsets.UTF_8))
                .toString().toUpperCase(Locale.ROOT) + "}";
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
        DatastoreItem item = new ObjectFactory().createDatastoreItem();
        item.setItemID(itemId);
        SchemaRefs refs = new ObjectFactory().createSchemaRefs();
        SchemaRefs.SchemaRef ref = new ObjectFactory().createSchemaRefsSchemaRef();
        ref.setUri(namespace);
        refs.getSchemaRef().add(ref);
        item.setSchemaRefs(refs);
        properties.setJaxbElement(item);
        part.addTargetPart(properties);
        pkg.getCustomXmlDataStorageParts().put(itemId.toLowerCase(Locale.ROOT), part);
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
