package org.irm.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;

/** The package's relationships: which part is the main document, and which parts hang from it. */
final class PackageRelations {

    /** A part related to the main document, with the last segment of its relationship type (header, comments, ...). */
    record Related(String type, String part) { }

    private PackageRelations() {
    }

    static Optional<String> mainDocument(WordPackage pkg) throws RefusedDocumentException {
        for (Related related : read(pkg, "_rels/.rels", "")) {
            if ("officeDocument".equals(related.type())) {
                return Optional.of(related.part()).filter(pkg::has);
            }
        }
        return Optional.empty();
    }

    static List<Related> of(WordPackage pkg, String part, PackageLimits limits) throws RefusedDocumentException {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        return read(pkg, rels, folder);
    }

    private static List<Related> read(WordPackage pkg, String relsPart, String baseFolder) throws RefusedDocumentException {
        List<Related> related = new ArrayList<>();
        DocxReader.parse(pkg, relsPart, xml -> {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String type = xml.getAttributeValue(null, "Type");
                    String target = xml.getAttributeValue(null, "Target");
                    if (type != null && target != null) {
                        related.add(new Related(shortType(type), resolve(baseFolder, target)));
                    }
                }
            }
        });
        return related;
    }

    private static String shortType(String strictOrTransitional) {
        if (WordNames.COMMENTS_EXTENDED.equals(strictOrTransitional)) {
            return "commentsExtended";
        }
        String type = StrictNames.transitional(strictOrTransitional);
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** Resolves a relationship target against the source part's folder; ".." segments cannot climb out of the package. */
    static String resolve(String baseFolder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseFolder + target;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }
}
