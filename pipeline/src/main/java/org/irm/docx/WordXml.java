package org.irm.docx;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin writer of WordprocessingML elements over StAX, so text is always escaped and elements
 * always balanced. Knows the element names, not the checklist's layout; the review copy and the
 * merged review write with it too.
 */
public final class WordXml {

    /** What a ticked check box shows (w14 checkbox checkedState), and what an empty one shows. */
    public static final String CHECKED = "\u2612";
    public static final String UNCHECKED = "\u2610";

    private static final String W = WordNames.W;
    private static final String W14 = WordNames.W14;
    private static final String MC = WordNames.MC;
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** One write to the StAX writer; writing into a string buffer never fails short of a bug. */
    private interface Step {
        void on(XMLStreamWriter xml) throws XMLStreamException;
    }

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    public WordXml() {
        try {
            // The JDK's writer by name: the class path's first (Woodstox, our reader's parser) writes differently.
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        write(x -> {
            x.setPrefix("w", W);
            x.setPrefix("w14", W14);
        });
    }

    /** Opens the document root with the namespaces Word needs, w14 marked ignorable for older readers. */
    public WordXml document() {
        start("document");
        namespaces();
        return start("body");
    }

    public void namespaces() {
        write(x -> {
            x.writeNamespace("w", W);
            x.writeNamespace("w14", W14);
            x.writeNamespace("mc", MC);
            x.writeNamespace("r", R);
            x.writeAttribute(MC, "Ignorable", "w14");
        });
    }

    public WordXml start(String name) {
        return write(x -> x.writeStartElement("w", name, W));
    }

    public WordXml start14(String name) {
        return write(x -> x.writeStartElement("w14", name, W14));
    }

    /** An empty element with w: attributes given as name, value pairs. */
    public WordXml empty(String name, String... attributes) {
        return write(x -> {
            x.writeEmptyElement("w", name, W);
            attributes(x, "w", W, attributes);
        });
    }

    public WordXml empty14(String name, String... attributes) {
        return write(x -> {
            x.writeEmptyElement("w14", name, W14);
            attributes(x, "w14", W14, attributes);
        });
    }

    public WordXml attribute(String name, String value) {
        return write(x -> x.writeAttribute("w", W, name, value));
    }

    /** A w14: attribute, such as w14:paraId on a comment's paragraph. */
    public WordXml attribute14(String name, String value) {
        return write(x -> x.writeAttribute("w14", W14, name, value));
    }

    /** An attribute in the relationships namespace, such as r:id. */
    public WordXml attributeR(String name, String value) {
        return write(x -> x.writeAttribute("r", R, name, value));
    }

    public WordXml end() {
        return write(XMLStreamWriter::writeEndElement);
    }

    /**
     * Opens a full-width table with thin grey borders and these column widths (twips), right to
     * left where the document is, and leaves it open for its rows. Its properties follow the
     * schema's order (bidiVisual before tblW, tblLayout after tblBorders): Word offers to repair a
     * document whose table properties are out of order.
     *
     * @param fixedLayout true: the widths hold whatever the cells hold (wide tables of figures)
     */
    public WordXml table(int[] widths, boolean rightToLeft, boolean fixedLayout) {
        start("tbl").start("tblPr");
        if (rightToLeft) {
            empty("bidiVisual");
        }
        empty("tblW", "w", "5000", "type", "pct");
        start("tblBorders");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            empty(side, "val", "single", "sz", "4", "space", "0", "color", "808080");
        }
        end();
        if (fixedLayout) {
            empty("tblLayout", "type", "fixed");
        }
        empty("tblLook", "val", "04A0", "firstRow", "1", "lastRow", "0", "firstColumn", "0", "lastColumn", "0",
                "noHBand", "0", "noVBand", "1");
        end().start("tblGrid");
        for (int width : widths) {
            empty("gridCol", "w", Integer.toString(width));
        }
        return end();
    }

    /**
     * Opens a table row that is never split across pages ({@code w:cantSplit}: a reader should not
     * have to turn the page in the middle of a cell); a heading row is repeated at the top of each
     * page the table runs onto ({@code w:tblHeader}). Leaves the row open for its cells.
     */
    public WordXml row(boolean heading) {
        start("tr").start("trPr").empty("cantSplit");
        if (heading) {
            empty("tblHeader");
        }
        return end();
    }

    /** A w:t with its spaces preserved. */
    public WordXml text(String value) {
        return write(x -> {
            x.writeStartElement("w", "t", W);
            x.writeAttribute("xml", XML, "space", "preserve");
            x.writeCharacters(value);
            x.writeEndElement();
        });
    }

    /** Character content of the current element (for w:instrText, which holds text directly). */
    public WordXml characters(String value) {
        return write(x -> {
            x.writeAttribute("xml", XML, "space", "preserve");
            x.writeCharacters(value);
        });
    }

    public String finish() {
        write(x -> {
            x.writeEndDocument();
            x.close();
        });
        return text.toString();
    }

    private WordXml write(Step step) {
        try {
            step.on(xml);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing WordprocessingML failed", e);
        }
        return this;
    }

    private static void attributes(XMLStreamWriter x, String prefix, String namespace, String... pairs)
            throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            x.writeAttribute(prefix, namespace, pairs[i], pairs[i + 1]);
        }
    }
}
