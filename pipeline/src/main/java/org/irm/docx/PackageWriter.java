package org.irm.docx;

import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.CommentsExtendedPart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart.AddPartBehaviour;
import org.docx4j.w15.CTCommentsEx;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Document;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Styles;

/**
 * Assembles a Word package this project issues (the checklist, a review copy, the merged review)
 * from parts written as WordprocessingML text: docx4j writes the package around them
 * ({@code [Content_Types].xml}, the relationships, the document properties). One place for what
 * the three writers used to repeat; each adds its parts in the order it always did, so relationship
 * ids stay as they were.
 *
 * <p>Errors of docx4j or JAXB come out as an {@link IOException} naming the document:
 * "Writing the checklist failed: ...".
 */
public final class PackageWriter {

    /** Parts a caller adds through docx4j itself (the sealed identity, the field map). */
    @FunctionalInterface
    public interface Parts {
        void addTo(WordprocessingMLPackage pkg) throws Docx4JException;
    }

    /** How the document is protected: no password, so it guides rather than locks. */
    public enum Protection {
        /** Read-only except inside the answer ranges. */
        READ_ONLY("", "readOnly"),
        /** Every edit recorded, and recording cannot be turned off without lifting the protection. */
        TRACKED_CHANGES("<w:trackRevisions/>", "trackedChanges");

        private final String before;
        private final String edit;

        Protection(String before, String edit) {
            this.before = before;
            this.edit = edit;
        }

        String settings() {
            return "<w:settings xmlns:w=\"" + WordNames.W + "\">" + before
                    + "<w:documentProtection w:edit=\"" + edit + "\" w:enforcement=\"1\"/>"
                    + "<w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                    + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";
        }
    }

    /** One step on the package; docx4j's and JAXB's checked exceptions are turned into one IOException. */
    private interface Step<T> {
        T on() throws Docx4JException, JAXBException;
    }

    private final String document;
    private final WordprocessingMLPackage pkg;
    private final MainDocumentPart main;

    private PackageWriter(String document, WordprocessingMLPackage pkg) {
        this.document = document;
        this.pkg = pkg;
        this.main = pkg.getMainDocumentPart();
    }

    /**
     * A new package with these styles ({@link DocumentStyles}).
     *
     * @param document what is written, for error messages ("the checklist")
     */
    public static PackageWriter withStyles(String document, String styles) throws IOException {
        PackageWriter writer = new PackageWriter(document, call(document, WordprocessingMLPackage::createPackage));
        writer.step(() -> {
            writer.main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unmarshalString(styles));
            return null;
        });
        return writer;
    }

    /** The main document part's {@code w:document}. */
    public PackageWriter body(String documentXml) throws IOException {
        return step(() -> {
            main.setJaxbElement((Document) XmlUtils.unmarshalString(documentXml));
            return this;
        });
    }

    /** Adds a footer part ({@code w:ftr}); returns the relationship id the body's section refers to it by. */
    public String footer(String footerXml) throws IOException {
        return step(() -> {
            FooterPart part = new FooterPart();
            part.setJaxbElement((Ftr) XmlUtils.unmarshalString(footerXml));
            return main.addTargetPart(part).getId();
        });
    }

    /** The document settings: protection, tab stop and Word 2013 compatibility. */
    public PackageWriter protect(Protection protection) throws IOException {
        return step(() -> {
            DocumentSettingsPart part = main.getDocumentSettingsPart();
            if (part == null) {
                part = new DocumentSettingsPart();
                main.addTargetPart(part);
            }
            part.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(protection.settings())));
            return this;
        });
    }

    /**
     * The comments part ({@code w:comments}) and its threads ({@code w15:commentsEx}), as {@link CommentsWriter}
     * writes them. The comments go in as written, not through docx4j's {@code CommentsPart}: its JAXB model
     * has no {@code mc:Ignorable} on the root, so the comments' {@code w14:paraId} (what the threads point
     * at) would no longer be marked ignorable, which Word 2007 refuses.
     */
    public PackageWriter comments(String commentsXml, String threadsXml) throws IOException {
        return step(() -> {
            BinaryPart comments = new BinaryPart(new PartName("/word/comments.xml"));
            comments.setContentType(new ContentType(ContentTypes.WORDPROCESSINGML_COMMENTS));
            comments.setRelationshipType(Namespaces.COMMENTS);
            String declared = commentsXml.startsWith("<?xml") ? commentsXml
                    : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + commentsXml;
            comments.setBinaryData(declared.getBytes(StandardCharsets.UTF_8));
            // Not main.addTargetPart: that casts whatever has the comments relationship to CommentsPart.
            main.getRelationshipsPart(true).addPart(comments, AddPartBehaviour.RENAME_IF_NAME_EXISTS, pkg.getContentTypeManager());
            CommentsExtendedPart threads = new CommentsExtendedPart();
            threads.setJaxbElement((CTCommentsEx) XmlUtils.unwrap(XmlUtils.unmarshalString(threadsXml)));
            main.addTargetPart(threads);
            return this;
        });
    }

    /** Parts the caller writes through docx4j (identity, field map). */
    public PackageWriter parts(Parts parts) throws IOException {
        return step(() -> {
            parts.addTo(pkg);
            return this;
        });
    }

    /** The application named in {@code docProps/app.xml}. */
    public PackageWriter application(String application) throws IOException {
        return step(() -> {
            if (pkg.getDocPropsExtendedPart() != null) {
                pkg.getDocPropsExtendedPart().getContents().setApplication(application);
            }
            return this;
        });
    }

    /** Writes the package to the stream, not closed. */
    public void save(OutputStream out) throws IOException {
        step(() -> {
            pkg.save(out);
            return null;
        });
    }

    private <T> T step(Step<T> step) throws IOException {
        return call(document, step);
    }

    private static <T> T call(String document, Step<T> step) throws IOException {
        try {
            return step.on();
        } catch (Docx4JException | JAXBException e) {
            throw new IOException("Writing " + document + " failed: " + e.getMessage(), e);
        }
    }
}
