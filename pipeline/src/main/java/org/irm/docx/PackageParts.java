package org.irm.docx;

import java.util.Optional;

/** Public view of a package's structure for the screening stage: which part is the main document. */
public final class PackageParts {
    private PackageParts() {
    }

    /** The main document part's name (no leading slash), as _rels/.rels names it, when it exists. */
    public static Optional<String> mainDocument(WordPackage pkg) throws RefusedDocumentException {
        return PackageRelations.mainDocument(pkg);
    }
}
