package org.irm.report;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.irm.catalogue.Language;
import org.irm.docx.DocxReading;
import org.irm.docx.SafeXml;
import org.irm.identity.IdentitySeal;

/**
 * Who a report draft is and what it showed: written into every draft as a custom XML part
 * (namespace {@link #NAMESPACE}) and custom document properties ({@link #PROPERTY_PREFIX}), so a
 * draft dropped back is recognised from its content, and each block's edit is found by comparing
 * its text with the digest of what the draft showed. Nothing in it depends on the time of
 * generation: the same inputs give the same bytes.
 *
 * @param inputsDigest sha256 over the draft's rendered parts (templates, labels and register content)
 * @param blocks       every block the draft shows, by content-control tag
 * @param seal         HMAC-SHA256 under the secretariat's key over {@link #sealedValues()}, or empty when not sealed
 *                     yet; a function of the identity's values only, so equal drafts stay byte-identical
 */
public record DraftIdentity(String reviewId, String state, ReportKind kind, Language language, String inputsDigest,
                            Map<String, ReportComposer.ShownBlock> blocks, String seal) {

    /** Namespace of a report draft's custom XML part. */
    public static final String NAMESPACE = "urn:irm:report:1";
    /** Prefix of its custom document properties (not {@code IRM.}, which names a checklist's identity). */
    public static final String PROPERTY_PREFIX = "IRMReport.";

    /** The names of the values in {@link #properties()}, in order. */
    public static final List<String> PROPERTY_NAMES = List.of("reviewId", "state", "kind", "language",
            "inputsDigest", "seal");

    private static final int MAX_BLOCKS = 100_000;

    public DraftIdentity {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        blocks = Map.copyOf(new LinkedHashMap<>(blocks));
        seal = seal == null ? "" : seal;
    }

    /** The same identity sealed under the secretariat's key. */
    public DraftIdentity sealedWith(IdentitySeal key) {
        return new DraftIdentity(reviewId, state, kind, language, inputsDigest, blocks, key.sealOf(sealedValues()));
    }

    /**
     * What the seal covers: the values of {@link #properties()} but the seal, and a digest of the
     * block map (tag, language and digest of every block, in tag order), so that neither the
     * draft's review nor the text it claims a block showed can be changed without the key.
     */
    public Map<String, String> sealedValues() {
        Map<String, String> values = new LinkedHashMap<>(properties());
        values.remove("seal");
        StringBuilder map = new StringBuilder();
        blocks.values().stream().sorted(Comparator.comparing(ReportComposer.ShownBlock::tag))
                .forEach(b -> map.append(b.tag()).append('|').append(b.textLanguage().code()).append('|')
                        .append(b.digest()).append('|').append(b.bookmark()).append('\n'));
        values.put("blocks", ReportService.sha256(map.toString().getBytes(StandardCharsets.UTF_8)));
        return values;
    }

    /** The values mirrored in custom document properties, by name without the prefix. */
    public Map<String, String> properties() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reviewId", reviewId);
        values.put("state", state);
        values.put("kind", kind.code());
        values.put("language", language.code());
        values.put("inputsDigest", inputsDigest);
        values.put("seal", seal);
        return values;
    }

    /** The block a bookmark of ours marks, through the block map; empty for any other bookmark. */
    public Optional<String> tagOfBookmark(String bookmark) {
        return blocks.values().stream().filter(b -> Objects.equals(b.bookmark(), bookmark)).map(ReportComposer.ShownBlock::tag)
                .findFirst();
    }

    /** The custom XML part; blocks in the given order (the document's). */
    public String toXml(Iterable<ReportComposer.ShownBlock> inOrder) {
        StringWriter text = new StringWriter();
        try {
            // The JDK's writer by name: the class path's first (Woodstox, our reader's parser) writes differently.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "report");
            xml.writeDefaultNamespace(NAMESPACE);
            for (Map.Entry<String, String> value : properties().entrySet()) {
                xml.writeStartElement(NAMESPACE, value.getKey());
                xml.writeCharacters(value.getValue());
                xml.writeEndElement();
            }
            xml.writeStartElement(NAMESPACE, "blocks");
            for (ReportComposer.ShownBlock block : inOrder) {
                xml.writeEmptyElement(NAMESPACE, "block");
                xml.writeAttribute("tag", block.tag());
                xml.writeAttribute("language", block.textLanguage().code());
                xml.writeAttribute("digest", block.digest());
                xml.writeAttribute("bookmark", block.bookmark());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing a draft's identity failed", e);
        }
        return text.toString();
    }

    /** The draft identity of a read package, or empty when the file is not a report draft. */
    public static Optional<DraftIdentity> of(DocxReading reading) {
        return reading.customXmlParts().stream().filter(xml -> xml.contains(NAMESPACE)).findFirst()
                .map(DraftIdentity::parse);
    }

    /**
     * Parses the custom XML part.
     *
     * @throws IllegalArgumentException when it is not a readable draft identity
     */
    static DraftIdentity parse(String part) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, ReportComposer.ShownBlock> blocks = new LinkedHashMap<>();
        try {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8)));
            String element = null;
            StringBuilder content = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element = xml.getLocalName();
                    content.setLength(0);
                    if ("block".equals(element) && blocks.size() < MAX_BLOCKS) {
                        String tag = xml.getAttributeValue(null, "tag");
                        blocks.put(tag, new ReportComposer.ShownBlock(tag, Language.of(xml.getAttributeValue(null, "language")),
                                xml.getAttributeValue(null, "digest"), xml.getAttributeValue(null, "bookmark")));
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && element != null && content.length() < 1000) {
                    content.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (element != null && !"block".equals(element)) {
                        values.putIfAbsent(element, content.toString().strip());
                    }
                    element = null;
                }
            }
        } catch (XMLStreamException | SafeXml.DoctypeFound | NullPointerException e) {
            throw new IllegalArgumentException("The report draft's identity part cannot be read: " + e.getMessage());
        }
        String reviewId = values.get("reviewId");
        String kind = values.get("kind");
        String language = values.get("language");
        if (reviewId == null || kind == null || language == null) {
            throw new IllegalArgumentException("The report draft's identity part lacks its review, kind or language.");
        }
        return new DraftIdentity(reviewId, values.getOrDefault("state", ""), ReportKind.of(kind), Language.of(language),
                values.getOrDefault("inputsDigest", ""), blocks, values.getOrDefault("seal", ""));
    }
}
