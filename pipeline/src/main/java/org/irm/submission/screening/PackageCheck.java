package org.irm.submission.screening;

import java.util.Locale;
import java.util.Optional;
import org.irm.docx.DocxReader;
import org.irm.docx.PackageLimits;
import org.irm.docx.Refusal;
import org.irm.docx.RefusedDocumentException;
import org.irm.docx.WordPackage;

/**
 * Refuses a zip that cannot be taken apart safely, before anything reads its content, each for
 * its own reason: more entries than the limits allow ({@code TOO_MANY_PARTS}), two entries with
 * one part name ({@code DUPLICATE_ENTRY}), an entry that inflates past the limits whether or not
 * anything references it ({@code ZIP_BOMB}: every later stage, the annotated copy included, can
 * then copy the package), and a content types or relationships part that is not plain XML
 * ({@code EXTERNAL_ENTITIES} for a DOCTYPE, {@code CORRUPT} when broken). Files that are not zips
 * are left to the other checks.
 */
public final class PackageCheck implements FileCheck {

    private final PackageLimits limits;

    public PackageCheck(PackageLimits limits) {
        this.limits = limits;
    }

    @Override
    public Optional<Refusal> check(CandidateFile file) {
        if (!file.isZip()) {
            return Optional.empty();
        }
        try (WordPackage pkg = WordPackage.open(file.path(), limits)) {
            pkg.inflateEveryPart();
            for (String name : pkg.entryNames()) {
                if (isPackageXml(name)) {
                    DocxReader.parse(pkg, name, xml -> {
                        while (xml.hasNext()) {
                            xml.next();
                        }
                    });
                }
            }
            return Optional.empty();
        } catch (RefusedDocumentException e) {
            return Optional.of(e.refusal());
        }
    }

    /** The parts that say what the package holds: [Content_Types].xml and every relationships part. */
    private static boolean isPackageXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("[content_types].xml") || lower.endsWith(".rels");
    }
}
