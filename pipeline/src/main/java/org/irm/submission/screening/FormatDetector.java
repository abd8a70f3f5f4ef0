package org.irm.submission.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.irm.docx.DocxReader;
import org.irm.docx.PackageLimits;
import org.irm.docx.PackageParts;
import org.irm.docx.RefusedDocumentException;
import org.irm.docx.WordPackage;

/**
 * Tells from a file's bytes what it is. Zip packages are told apart by their declared main
 * content type ({@code [Content_Types].xml}), as Tika's OOXML detector does, since the package is
 * opened anyway; everything else goes to Tika's detector with no file name as a hint, so a renamed
 * file is recognised for what it is. Tika is only loaded when a non-zip file comes along.
 */
public final class FormatDetector {

    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final Map<String, DetectedFormat> BY_MAIN_CONTENT_TYPE = Map.of(
            WML + "document.main+xml", DetectedFormat.DOCX,
            WML + "template.main+xml", new DetectedFormat("dotx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.template", "Word template"),
            "application/vnd.ms-word.document.macroEnabled.main+xml", new DetectedFormat("docm",
                    "application/vnd.ms-word.document.macroEnabled.12", "macro-enabled Word document"),
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml", new DetectedFormat("dotm",
                    "application/vnd.ms-word.template.macroEnabled.12", "macro-enabled Word template"));

    private final PackageLimits limits;
    private volatile Detector tika;

    public FormatDetector(PackageLimits limits) {
        this.limits = limits;
    }

    /** The detected format; a zip that cannot even be opened is reported as a corrupt zip. */
    public DetectedFormat detect(CandidateFile file) {
        if (file.isZip()) {
            return detectPackage(file);
        }
        return tikaDetect(file);
    }

    private DetectedFormat detectPackage(CandidateFile file) {
        try (WordPackage pkg = WordPackage.open(file.path(), limits)) {
            if (pkg.has("mimetype") && !pkg.has("[Content_Types].xml")) {
                return new DetectedFormat("odf", "application/vnd.oasis.opendocument", "OpenDocument file");
            }
            if (!pkg.has("[Content_Types].xml")) {
                return new DetectedFormat("zip", "application/zip", "zip archive");
            }
            String main = mainContentType(pkg);
            DetectedFormat format = main == null ? null : BY_MAIN_CONTENT_TYPE.get(main);
            if (format == null) {
                return new DetectedFormat("ooxml", main == null ? "application/x-tika-ooxml" : main,
                        "Office Open XML file that is not a Word document");
            }
            boolean macros = holdsMacros(pkg);
            if (format == DetectedFormat.DOCX && macros) {
                return BY_MAIN_CONTENT_TYPE.get("application/vnd.ms-word.document.macroEnabled.main+xml").withMacros(true);
            }
            return "docm".equals(format.shortName()) || "dotm".equals(format.shortName()) ? format.withMacros(macros) : format;
        } catch (RefusedDocumentException e) {
            return new DetectedFormat("corrupt-zip", "application/zip", "damaged zip archive");
        }
    }

    /**
     * Whether the package holds a VBA project (Word keeps it in {@code word/vbaProject.bin}; the
     * name is looked for in any folder and any case, as a tool may move it).
     */
    private static boolean holdsMacros(WordPackage pkg) {
        return pkg.entryNames().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .anyMatch(name -> name.equals("vbaproject.bin") || name.endsWith("/vbaproject.bin"));
    }

    /** The content type of the part _rels/.rels names as the office document: its Override, else its extension's Default. */
    private static String mainContentType(WordPackage pkg) throws RefusedDocumentException {
        String main = PackageParts.mainDocument(pkg).orElse(null);
        if (main == null) {
            return null;
        }
        Map<String, String> overrides = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        DocxReader.parse(pkg, "[Content_Types].xml", xml -> {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    String type = xml.getAttributeValue(null, "ContentType");
                    if ("Override".equals(xml.getLocalName()) && type != null) {
                        overrides.put(lower(xml.getAttributeValue(null, "PartName")), type);
                    } else if ("Default".equals(xml.getLocalName()) && type != null) {
                        defaults.put(lower(xml.getAttributeValue(null, "Extension")), type);
                    }
                }
            }
        });
        String override = overrides.get(lower("/" + main));
        return override != null ? override : defaults.get(lower(main.substring(main.lastIndexOf('.') + 1)));
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private DetectedFormat tikaDetect(CandidateFile file) {
        MediaType type;
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file.path()))) {
            type = tika().detect(in, new Metadata());
        } catch (IOException e) {
            type = MediaType.OCTET_STREAM;
        }
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/msword" -> new DetectedFormat("doc", base, "Word 97-2003 document");
            case "application/x-tika-ooxml-protected" -> new DetectedFormat("encrypted-ooxml", base,
                    "password-protected Office document");
            case "application/pdf" -> new DetectedFormat("pdf", base, "PDF document");
            case "application/rtf" -> new DetectedFormat("rtf", base, "Rich Text Format document");
            default -> new DetectedFormat(type.getSubtype(), base, base);
        };
    }

    private Detector tika() {
        Detector detector = tika;
        if (detector == null) {
            synchronized (this) {
                if (tika == null) {
                    tika = new DefaultDetector(MimeTypes.getDefaultMimeTypes());
                }
                detector = tika;
            }
        }
        return detector;
    }
}
