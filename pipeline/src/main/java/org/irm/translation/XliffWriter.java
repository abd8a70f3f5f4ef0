package org.irm.translation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.irm.catalogue.Language;
import org.irm.report.ReportComposer;

/**
 * Writes the blocks to translate from one language into another as one XLIFF 2.0 document, valid
 * against the OASIS core schema: one {@code <unit>} per block (its id the block key, {@code /} as
 * {@code :}), one {@code <segment>} per paragraph, with where the block belongs as a note and, for a
 * stale translation, the translator's earlier text as a second note. Segments are not to be merged
 * or split ({@code canResegment="no"}): each paragraph comes back as one. Pure: the same blocks give
 * the same bytes.
 */
public final class XliffWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Where the blocks come from and go: the review, its State, and the two languages. */
    public record Header(String reviewId, String state, Language from, Language to) { }

    public byte[] write(Header header, List<ReportComposer.Untranslated> blocks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(Xliff.CORE);
            xml.setPrefix(Xliff.IRM_PREFIX, Xliff.IRM);
            xml.writeStartElement(Xliff.CORE, Xliff.ROOT);
            xml.writeDefaultNamespace(Xliff.CORE);
            xml.writeNamespace(Xliff.IRM_PREFIX, Xliff.IRM);
            xml.writeAttribute("version", Xliff.VERSION);
            xml.writeAttribute("srcLang", header.from().code());
            xml.writeAttribute("trgLang", header.to().code());
            xml.writeCharacters("\n  ");
            xml.writeStartElement(Xliff.CORE, Xliff.FILE);
            xml.writeAttribute("id", "f1");
            xml.writeAttribute("original", "report-" + header.state());
            xml.writeAttribute("canResegment", "no");
            xml.writeAttribute(Xliff.IRM_PREFIX, Xliff.IRM, Xliff.REVIEW, clean(header.reviewId()));
            xml.writeAttribute(Xliff.IRM_PREFIX, Xliff.IRM, Xliff.STATE, header.state());
            for (ReportComposer.Untranslated block : blocks) {
                unit(xml, block);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XLIFF: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void unit(XMLStreamWriter xml, ReportComposer.Untranslated block) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(Xliff.CORE, Xliff.UNIT);
        xml.writeAttribute("id", Xliff.unitId(block.blockKey()));
        xml.writeAttribute("name", block.blockKey());
        xml.writeAttribute(Xliff.IRM_PREFIX, Xliff.IRM, Xliff.SOURCE_SHA256, block.sourceSha256());
        xml.writeCharacters("\n      ");
        xml.writeStartElement(Xliff.CORE, Xliff.NOTES);
        note(xml, "location", block.reference() + " (" + block.kind().code() + ")");
        if (block.stale()) {
            note(xml, "irm:earlier-translation", String.join("\n", block.earlier()));
        }
        xml.writeEndElement();
        int n = 0;
        for (String paragraph : block.source()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement(Xliff.CORE, Xliff.SEGMENT);
            xml.writeAttribute("id", "p" + ++n);
            xml.writeStartElement(Xliff.CORE, Xliff.SOURCE);
            xml.writeAttribute("xml", Xliff.XML, "space", "preserve");
            xml.writeCharacters(clean(paragraph));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void note(XMLStreamWriter xml, String category, String text) throws XMLStreamException {
        xml.writeStartElement(Xliff.CORE, Xliff.NOTE);
        xml.writeAttribute("category", category);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** The text without the control characters XML 1.0 cannot carry (tab and line feed stay). */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
