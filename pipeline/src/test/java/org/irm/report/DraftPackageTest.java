package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.docx4j.XmlUtils;
import org.docx4j.customXmlProperties.DatastoreItem;
import org.docx4j.customXmlProperties.SchemaRefs;
import org.docx4j.model.datastorage.CustomXmlDataStorageImpl;
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
import org.irm.docx.StableZip;
import org.irm.docx.WordNames;
import org.junit.jupiter.api.Test;

/**
 * The draft package's fixed parts are what docx4j writes for it: the package is built here with
 * docx4j as DraftWriter built it before it wrote them out (every part a draft owns, the identity's
 * custom XML part with its fixed item id), and its relationships and content types compared byte
 * for byte.
 */
class DraftPackageTest {

    @Test
    void theFixedPartsAreThoseDocx4jWritesForTheDraftPackage() throws Exception {
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        SortedMap<String, byte[]> entries = StableZip.entries(out.toByteArray());

        Set<String> names = new HashSet<>(DraftWriter.FIXED_PARTS.keySet());
        names.addAll(DraftWriter.OWNED_PARTS);
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(names);
        for (Map.Entry<String, String> fixed : DraftWriter.FIXED_PARTS.entrySet()) {
            assertThat(new String(entries.get(fixed.getKey()), StandardCharsets.UTF_8)).as(fixed.getKey())
                    .isEqualTo(fixed.getValue());
        }
        assertThat(headerId).isEqualTo(DraftWriter.HEADER_RELATIONSHIP);
        assertThat(footerId).isEqualTo(DraftWriter.FOOTER_RELATIONSHIP);
    }

    private static String standIn(String element, String content) {
        return String.format(Locale.ROOT, "<w:%1$s xmlns:w=\"" + WordNames.W + "\">%2$s</w:%1$s>", element, content);
    }

    private static void identityPart(WordprocessingMLPackage pkg) throws Exception {
        CustomXmlDataStoragePart part = new CustomXmlDataStoragePart(new PartName("/customXml/item1.xml"));
        CustomXmlDataStorageImpl data = new CustomXmlDataStorageImpl();
        String standIn = "<report xmlns=\"" + DraftIdentity.NAMESPACE + "\"/>";
        try (InputStream xml = new ByteArrayInputStream(standIn.getBytes(StandardCharsets.UTF_8))) {
            data.setDocument(xml);
        }
        part.setData(data);
        pkg.getMainDocumentPart().addTargetPart(part);
        CustomXmlDataStoragePropertiesPart properties = new CustomXmlDataStoragePropertiesPart(
                new PartName("/customXml/itemProps1.xml"));
        org.docx4j.customXmlProperties.ObjectFactory factory = new org.docx4j.customXmlProperties.ObjectFactory();
        DatastoreItem item = factory.createDatastoreItem();
        String itemId = DraftWriter.itemId();
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
