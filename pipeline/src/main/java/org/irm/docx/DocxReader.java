package org.irm.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Word package in one streaming pass per part (StAX, no object model): document
 * properties, custom XML parts, and every content control, comment, tracked change and bookmark of
 * the body, headers, footers, footnotes, endnotes and comments. Parts are found through the
 * package's relationships, not by guessing names. Every read is bounded by {@link PackageLimits};
 * whatever makes the file unreadable becomes a {@link RefusedDocumentException} with its reason.
 */
public final class DocxReader {

    private static final int MAX_CUSTOM_XML_CHARS = 4 << 20;

    private final PackageLimits limits;

    public DocxReader() {
        this(PackageLimits.DEFAULTS);
    }

    public DocxReader(PackageLimits limits) {
        this.limits = limits;
    }

    public DocxReading read(Path file) throws RefusedDocumentException {
        try (WordPackage pkg = WordPackage.open(file, limits)) {
            return read(pkg);
        }
    }

    /** Reads an opened package; the caller closes it. */
    public DocxReading read(WordPackage pkg) throws RefusedDocumentException {
        String main = PackageRelations.mainDocument(pkg)
                .orElseThrow(() -> new RefusedDocumentException(RefusalReason.CORRUPT,
                        "The file has no main document part: it is not a complete Word document. Save it again from Word."));
        Collected collected = new Collected();
        story(pkg, main, PartKind.BODY, collected);
        for (PackageRelations.Related related : PackageRelations.of(pkg, main, limits)) {
            switch (related.type()) {
                case "header" -> story(pkg, related.part(), PartKind.HEADER, collected);
                case "footer" -> story(pkg, related.part(), PartKind.FOOTER, collected);
                case "footnotes" -> story(pkg, related.part(), PartKind.FOOTNOTES, collected);
                case "endnotes" -> story(pkg, related.part(), PartKind.ENDNOTES, collected);
                case "comments" -> story(pkg, related.part(), PartKind.COMMENTS, collected);
                case "commentsExtended" -> commentThreads(pkg, related.part(), collected);
                default -> { }
            }
        }
        return new DocxReading(DocumentProperties.application(pkg, limits), DocumentProperties.custom(pkg, limits),
                customXml(pkg), collected.controls(), collected.comments(), collected.revisions(), collected.bookmarks(),
                collected.tables());
    }

    /**
     * A story part goes to the parser bare: {@link StoryReader} refuses a DTD and reads Strict names
     * itself, which spares two delegating readers on every event of most of the document's bytes.
     */
    private void story(WordPackage pkg, String part, PartKind kind, Collected collected) throws RefusedDocumentException {
        parse(pkg, part, SafeXml::unfilteredReader, xml -> new StoryReader(kind, collected, limits.maxDepth()).read(xml));
    }

    private void commentThreads(WordPackage pkg, String part, Collected collected) throws RefusedDocumentException {
        parse(pkg, part, xml -> {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "commentEx".equals(xml.getLocalName())) {
                    String done = xml.getAttributeValue(WordNames.W15, "done");
                    collected.commentThread(xml.getAttributeValue(WordNames.W15, "paraId"),
                            xml.getAttributeValue(WordNames.W15, "paraIdParent"), "1".equals(done) || "true".equals(done));
                }
            }
        });
    }

    private List<String> customXml(WordPackage pkg) throws RefusedDocumentException {
        List<String> parts = new ArrayList<>();
        for (String name : pkg.partsUnder("customXml/")) {
            String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (file.startsWith("item") && !file.startsWith("itemprops") && file.endsWith(".xml")) {
                try (InputStream in = pkg.open(name).orElseThrow()) {
                    parts.add(textUpToLimit(in, pkg.declaredSize(name)));
                } catch (WordPackage.LimitExceeded e) {
                    throw Refusals.zipBomb();
                } catch (IOException e) {
                    throw Refusals.brokenXml(name, e.getMessage());
                }
            }
        }
        return parts;
    }

    /**
     * A custom XML part's first {@link #MAX_CUSTOM_XML_CHARS} bytes as text, read into a buffer of the
     * size the zip declares, so the bytes are copied once when the zip tells the truth; a part longer
     * than declared is read on to the same bound.
     */
    private static String textUpToLimit(InputStream in, long declaredSize) throws IOException {
        byte[] bytes = new byte[(int) Math.min(Math.max(declaredSize, 0), MAX_CUSTOM_XML_CHARS)];
        int length = in.readNBytes(bytes, 0, bytes.length);
        if (length == bytes.length && length < MAX_CUSTOM_XML_CHARS) {
            int next = in.read();
            if (next >= 0) {
                ByteArrayOutputStream longer = new ByteArrayOutputStream(length + 8192);
                longer.write(bytes, 0, length);
                longer.write(next);
                longer.write(in.readNBytes(MAX_CUSTOM_XML_CHARS - length - 1));
                bytes = longer.toByteArray();
                length = bytes.length;
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** A reading step over one part's XML. */
    public interface PartParser {
        void parse(XMLStreamReader xml) throws XMLStreamException, RefusedDocumentException;
    }

    /**
     * Parses one part safely, turning every low-level failure into the refusal it means. A part
     * written in Strict Open XML is shown to the parser under Transitional names.
     */
    public static void parse(WordPackage pkg, String part, PartParser parser) throws RefusedDocumentException {
        // Strict Open XML is read under Transitional names, so no step needs to know both.
        parse(pkg, part, in -> new TransitionalReader(SafeXml.reader(in)), parser);
    }

    /** How a part's bytes become the reader a step is given. */
    private interface ReaderOpening {
        XMLStreamReader open(InputStream in) throws XMLStreamException;
    }

    private static void parse(WordPackage pkg, String part, ReaderOpening opening, PartParser parser)
            throws RefusedDocumentException {
        Optional<InputStream> opened = pkg.open(part);
        if (opened.isEmpty()) {
            return;
        }
        try (InputStream in = opened.get()) {
            XMLStreamReader xml = opening.open(in);
            try {
                parser.parse(xml);
            } finally {
                xml.close();
            }
        } catch (SafeXml.DoctypeFound e) {
            throw Refusals.entities();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof WordPackage.LimitExceeded || e.getNestedException() instanceof WordPackage.LimitExceeded) {
                throw Refusals.zipBomb();
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("entity") || message.contains("DOCTYPE") || message.contains("DTD")) {
                throw Refusals.entities();
            }
            throw Refusals.brokenXml(part, firstLine(message));
        } catch (WordPackage.LimitExceeded e) {
            throw Refusals.zipBomb();
        } catch (IOException e) {
            throw Refusals.brokenXml(part, firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
