package org.irm.checklist;

import java.io.IOException;
import java.io.OutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
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
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentityParts;
import org.irm.identity.IdentitySeal;

/**
 * Writes a State's checklist as a Word document with docx4j: the body laid out by
 * {@link ChecklistBody}, styles from {@code templates/checklist/styles.xml}, a footer with page
 * numbers, read-only protection with editable answer ranges, and the sealed identity twice: in a
 * custom XML part (with the field map) and in custom document properties.
 */
public final class ChecklistWriter {

    /** The application named in the checklist's docProps/app.xml. */
    public static final String APPLICATION = IdentityParts.APPLICATION;

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
            main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unmarshalString(
                    ChecklistParts.styles(templates, request.language())));
            String footer = footer(pkg, request);
            ChecklistBody body = new ChecklistBody(catalogue, labels, request);
            main.setJaxbElement((Document) XmlUtils.unmarshalString(body.write(footer)));
            protect(main);
            ChecklistManifest manifest = new ChecklistManifest(identity, body.fieldMap());
            IdentityParts.identity(pkg, manifest);
            pkg.save(out);
            return manifest;
        } catch (Docx4JException | jakarta.xml.bind.JAXBException e) {
            throw new IOException("Writing the checklist failed: " + e.getMessage(), e);
        }
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

}
