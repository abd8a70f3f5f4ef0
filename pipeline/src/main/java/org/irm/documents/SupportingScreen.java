package org.irm.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.irm.docx.PackageLimits;
import org.irm.docx.RefusedDocumentException;
import org.irm.docx.WordPackage;
import org.irm.identity.FieldMapPart;
import org.irm.identity.IdentityFormat;
import org.irm.submission.screening.CandidateFile;
import org.irm.submission.screening.DetectedFormat;
import org.irm.submission.screening.FormatDetector;
import org.irm.submission.screening.PackageCheck;
import org.irm.submission.screening.SizeCheck;

/**
 * Tells whether a file is a supporting document: a PDF, Word, OpenDocument, spreadsheet or image file, judged
 * from its bytes alone, within the size limit, whose package (for zip formats) passes the same zip-bomb and
 * safe-XML checks as a return, and that carries none of the pipeline's identities. Anything else (a return, even
 * one saved in a wrong format; an empty, oversized or hostile file; an archive, a program, plain text) is not one
 * and goes to the return desk, which answers it as before. Macro-enabled files are recognised and flagged from
 * their package's entry names, never opened.
 *
 * <p>A password-protected Word or Excel file (an OLE2 compound file with EncryptionInfo and EncryptedPackage
 * streams, which Tika detects as {@code application/x-tika-ooxml-protected}) is recognised as a supporting document
 * of kind {@link SupportingFormat.Kind#PROTECTED_OFFICE}, flagged encrypted and never read. Since nobody can see
 * inside it, it may be the State's checklist itself ({@link SupportingFormat#mayBeAReturn()}): whether it is taken
 * as a supporting document or refused {@code ENCRYPTED} is decided by where it comes from ({@link SupportingIntake}),
 * with {@link #isReturn(Path)} telling what came beside it.
 */
public final class SupportingScreen {

    private static final int MAX_IDENTITY_BYTES = 1 << 20;
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/tiff", "image/gif", "image/bmp",
            "image/webp");
    /** What Tika calls an OOXML file saved with a password to open (its package encrypted in an OLE2 file). */
    private static final String PROTECTED_OFFICE = "application/x-tika-ooxml-protected";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final Map<String, String> SPREADSHEETS = Map.of(
            SML + "sheet.main+xml", "xlsx",
            SML + "template.main+xml", "xltx",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xlsm",
            "application/vnd.ms-excel.template.macroEnabled.main+xml", "xltm");

    private final PackageLimits limits;
    private final SizeCheck size;
    private final PackageCheck packageCheck;
    private final FormatDetector detector;

    public SupportingScreen(PackageLimits limits) {
        this.limits = limits;
        this.size = new SizeCheck(limits.maxFileBytes());
        this.packageCheck = new PackageCheck(limits);
        this.detector = new FormatDetector(limits);
    }

    /** The file's format when it is a supporting document; empty when it is not one (the desk answers it). */
    public Optional<SupportingFormat> recognise(Path file) {
        CandidateFile candidate;
        try {
            candidate = CandidateFile.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (size.check(candidate).isPresent()) {
            return Optional.empty();
        }
        if (candidate.isZip()) {
            return packageCheck.check(candidate).isPresent() ? Optional.empty() : zipFormat(candidate);
        }
        DetectedFormat detected = detector.detect(candidate);
        String media = detected.mediaType();
        if (candidate.isCompoundFile()) {
            return compoundFormat(candidate, detected);
        }
        if ("application/pdf".equals(media)) {
            return Optional.of(new SupportingFormat("pdf", media, SupportingFormat.Kind.PDF, false, false));
        }
        if ("application/rtf".equals(media)) {
            return Optional.of(new SupportingFormat("rtf", media, SupportingFormat.Kind.WORD, false, false));
        }
        if (IMAGES.contains(media)) {
            return Optional.of(new SupportingFormat(detected.shortName(), media, SupportingFormat.Kind.IMAGE, false, false));
        }
        return Optional.empty();
    }

    private Optional<SupportingFormat> zipFormat(CandidateFile candidate) {
        try (WordPackage pkg = WordPackage.open(candidate.path(), limits)) {
            if (carriesOurIdentity(pkg)) {
                return Optional.empty();
            }
            if (pkg.has("mimetype") && !pkg.has("[Content_Types].xml")) {
                return openDocument(pkg);
            }
            boolean macros = pkg.entryNames().stream().map(n -> n.toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.equals("vbaproject.bin") || n.endsWith("/vbaproject.bin"));
            DetectedFormat detected = detector.detect(candidate);
            return switch (detected.shortName()) {
                case "docx", "dotx", "docm", "dotm" -> Optional.of(new SupportingFormat(detected.shortName(),
                        detected.mediaType(), SupportingFormat.Kind.WORD, macros, false));
                case "ooxml" -> Optional.ofNullable(SPREADSHEETS.get(detected.mediaType())).map(shortName ->
                        new SupportingFormat(shortName, detected.mediaType(), SupportingFormat.Kind.SPREADSHEET, macros, false));
                default -> Optional.empty();
            };
        } catch (RefusedDocumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file is a return: a zip package (a checklist, review copy, form or draft, whatever format it was
     * saved in) that carries one of our identities. A file that cannot be read as a package is not one.
     */
    public boolean isReturn(Path file) {
        try {
            CandidateFile candidate = CandidateFile.of(file);
            if (!candidate.isZip() || size.check(candidate).isPresent() || packageCheck.check(candidate).isPresent()) {
                return false;
            }
            try (WordPackage pkg = WordPackage.open(candidate.path(), limits)) {
                return carriesOurIdentity(pkg);
            }
        } catch (IOException | RefusedDocumentException e) {
            return false;
        }
    }

    /**
     * Whether the package is one of ours: a checklist, review copy, form or draft carries its identity or field
     * map in a custom XML part, or our custom document properties (LibreOffice keeps both). Such a file is a
     * return, whatever format it was saved in, and the desk answers it.
     */
    private static boolean carriesOurIdentity(WordPackage pkg) throws RefusedDocumentException {
        for (String name : pkg.entryNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean customXml = lower.startsWith("customxml/") && lower.endsWith(".xml") && !lower.contains("/_rels/");
            if (customXml || lower.equals("docprops/custom.xml")) {
                String text = head(pkg, name);
                if (text.contains(IdentityFormat.NAMESPACE) || text.contains(FieldMapPart.NAMESPACE)
                        || text.contains("urn:irm:") || text.contains("\"" + IdentityFormat.PROPERTY_PREFIX)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String head(WordPackage pkg, String name) throws RefusedDocumentException {
        Optional<InputStream> part = pkg.open(name);
        if (part.isEmpty()) {
            return "";
        }
        try (InputStream in = part.get()) {
            return new String(in.readNBytes(MAX_IDENTITY_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<SupportingFormat> openDocument(WordPackage pkg) throws RefusedDocumentException {
        String mimetype = head(pkg, "mimetype").strip();
        String prefix = "application/vnd.oasis.opendocument.";
        if (!mimetype.startsWith(prefix)) {
            return Optional.empty();
        }
        String subtype = mimetype.substring(prefix.length());
        String shortName = switch (subtype) {
            case "text" -> "odt";
            case "spreadsheet" -> "ods";
            case "presentation" -> "odp";
            case "graphics" -> "odg";
            default -> "odf";
        };
        SupportingFormat.Kind kind = "ods".equals(shortName) ? SupportingFormat.Kind.SPREADSHEET
                : SupportingFormat.Kind.OPEN_DOCUMENT;
        return Optional.of(new SupportingFormat(shortName, mimetype, kind, false, false));
    }

    /**
     * A legacy Office file, or a password-protected OOXML one (flagged encrypted, never opened: it may be the
     * State's checklist, see {@link SupportingFormat#mayBeAReturn()}); a legacy file's macros are known from its
     * storage names. A legacy file protected by a password is only known so once read (Tika says so then).
     */
    private static Optional<SupportingFormat> compoundFormat(CandidateFile candidate, DetectedFormat detected) {
        String media = detected.mediaType();
        SupportingFormat format = switch (media) {
            case "application/msword" -> new SupportingFormat("doc", media, SupportingFormat.Kind.WORD, false, false);
            case "application/vnd.ms-excel" -> new SupportingFormat("xls", media, SupportingFormat.Kind.SPREADSHEET,
                    false, false);
            case PROTECTED_OFFICE -> new SupportingFormat("office", media, SupportingFormat.Kind.PROTECTED_OFFICE,
                    false, true);
            default -> null;
        };
        if (format == null) {
            return Optional.empty();
        }
        if (format.encrypted()) {
            return Optional.of(format);
        }
        return Optional.of(format.withMacros(legacyMacros(candidate.path())));
    }

    /** Word 97-2003 keeps its VBA project in a "Macros" storage, Excel in "_VBA_PROJECT_CUR". */
    private static boolean legacyMacros(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryEntry root = fs.getRoot();
            return root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("VBA");
        } catch (IOException | RuntimeException unreadable) {
            // A damaged compound file is still registered; Tika then reads what it can (or nothing).
            return false;
        }
    }
}
