package org.irm.checklist;

import java.io.IOException;
import java.io.OutputStream;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.I18nLabels;
import org.irm.config.TemplateSource;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter.Protection;
import org.irm.docx.PackageWriter;
import org.irm.docx.PageFooter;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentityParts;
import org.irm.identity.IdentitySeal;

/**
 * Writes a State's checklist as a Word document ({@link PackageWriter}): the body laid out by
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
                request.agency(), request.issuedAt(), null, null, catalogue.cluster()));
        PackageWriter pkg = PackageWriter.withStyles("the checklist", DocumentStyles.styles(templates, request.language()));
        String footer = pkg.footer(footer(request));
        ChecklistBody body = new ChecklistBody(catalogue, labels, request);
        pkg.body(body.write(footer));
        pkg.protect(Protection.READ_ONLY);
        ChecklistManifest manifest = new ChecklistManifest(identity, body.fieldMap());
        pkg.parts(p -> IdentityParts.identity(p, manifest));
        pkg.save(out);
        return manifest;
    }

    /** The footer part: "Page N of M" in the language, with PAGE and NUMPAGES fields. */
    private String footer(ChecklistRequest request) {
        return PageFooter.xml(labels.text(request.language(), "checklist.footer.page", PageFooter.PAGE, PageFooter.PAGES),
                request.language().rightToLeft());
    }
}
