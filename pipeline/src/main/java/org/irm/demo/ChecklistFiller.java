package org.irm.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Needs;
import org.irm.docx.WordNames;
import org.irm.docx.WordXml;
import org.irm.identity.FieldMarks;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Fills a checklist the way Word stores what a user types: the placeholder goes, the answer's runs
 * take its place (several paragraphs for long text), a list shows the chosen item's text, a check
 * box its ticked glyph and state, a date picker its full date, a needs table its rows (added when
 * there are more needs than rows). Bookmarks and editable ranges stay
 * where they were. Optionally every answer is a tracked insertion, as when agencies coordinate with
 * Track Changes on. For tests, samples, training and the demo; it never changes the original file.
 */
public final class ChecklistFiller {

    private static final String W = WordNames.W;
    private static final String W14 = WordNames.W14;
    private static final String DOCUMENT_PART = "word/document.xml";

    /** Who the answers are tracked insertions by, and when; empty when they are written plainly. */
    private final Optional<Insertions> tracking;
    private int revisionId = 90_000;

    private record Insertions(String author, Instant date) { }

    /** Fills without tracked changes. */
    public ChecklistFiller() {
        this.tracking = Optional.empty();
    }

    /** Fills with every answer recorded as a tracked insertion by this author, at this time. */
    public ChecklistFiller(String trackAuthor, Instant trackDate) {
        this.tracking = Optional.of(new Insertions(trackAuthor, trackDate));
    }

    /**
     * Writes a filled copy of the checklist. Values as the pipeline reads them: text, the code of a
     * choice, "true" for a ticked box (one field per code), ISO yyyy-MM-dd for a date.
     */
    public void fill(Path checklist, Map<FieldId, String> answers, Path filled) throws IOException {
        if (Files.exists(filled)) {
            throw new IOException("Will not overwrite " + filled);
        }
        try (OutputStream out = Files.newOutputStream(filled, StandardOpenOption.CREATE_NEW)) {
            fill(checklist, answers, out);
        }
    }

    /** Writes a filled copy of the checklist to the stream (finished, not closed). */
    public void fill(Path checklist, Map<FieldId, String> answers, OutputStream filled) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(checklist))) {
            ZipOutputStream out = new ZipOutputStream(filled);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(DOCUMENT_PART.equals(entry.getName()) ? fillDocument(bytes, answers) : bytes);
                out.closeEntry();
            }
            out.finish();
        }
    }

    private byte[] fillDocument(byte[] xml, Map<FieldId, String> answers) throws IOException {
        try {
            Document document = parse(xml);
            NodeList controls = document.getElementsByTagNameNS(W, "sdt");
            List<Element> all = new ArrayList<>();
            for (int i = 0; i < controls.getLength(); i++) {
                all.add((Element) controls.item(i));
            }
            for (Element control : all) {
                fieldOf(control).filter(answers::containsKey).ifPresent(field -> fill(control, answers.get(field)));
            }
            fillNeeds(document, answers);
            return serialise(document);
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("The checklist's document part cannot be filled: " + e.getMessage(), e);
        }
    }

    private static Optional<FieldId> fieldOf(Element control) {
        Element properties = child(control, W, "sdtPr");
        Element tag = properties == null ? null : child(properties, W, "tag");
        return tag == null ? Optional.empty() : FieldMarks.fieldOfTag(tag.getAttributeNS(W, "val"));
    }

    private void fill(Element control, String value) {
        Element properties = child(control, W, "sdtPr");
        Element content = child(control, W, "sdtContent");
        Element placeholder = child(properties, W, "showingPlcHdr");
        if (placeholder != null) {
            properties.removeChild(placeholder);
        }
        Element checkbox = child(properties, W14, "checkbox");
        Element list = child(properties, W, "dropDownList");
        Element date = child(properties, W, "date");
        if (checkbox != null) {
            boolean ticked = "true".equals(value);
            child(checkbox, W14, "checked").setAttributeNS(W14, "w14:val", ticked ? "1" : "0");
            Element text = (Element) content.getElementsByTagNameNS(W, "t").item(0);
            text.setTextContent(ticked ? WordXml.CHECKED : WordXml.UNCHECKED);
        } else if (list != null) {
            replaceRuns(content, displayText(list, value));
        } else if (date != null) {
            date.setAttributeNS(W, "w:fullDate", value + "T00:00:00Z");
            replaceRuns(content, value);
        } else if (child(content, W, "p") != null) {
            replaceParagraphs(content, value);
        } else {
            replaceRuns(content, value);
        }
    }

    /**
     * Needs tables: the needs given as {@code <question>#need-<n>} (and {@code #need-<n>-priority}, written as
     * given) go into the rows under the table's header, in number order, as a State types into a table;
     * rows are added as Word adds them (a copy of a row, inserted above the last so the editable range's
     * end stays in the last row) when there are more needs than rows.
     */
    private void fillNeeds(Document document, Map<FieldId, String> answers) {
        Map<String, List<FieldId>> byBookmark = new java.util.LinkedHashMap<>();
        answers.keySet().stream().filter(f -> Needs.numberOf(f).isPresent() && !Needs.isPriority(f))
                .sorted(java.util.Comparator.comparing((FieldId f) -> Needs.numberOf(f).orElseThrow()))
                .forEach(f -> byBookmark.computeIfAbsent(FieldMarks.bookmark(f.questionField()), b -> new ArrayList<>()).add(f));
        if (byBookmark.isEmpty()) {
            return;
        }
        NodeList tables = document.getElementsByTagNameNS(W, "tbl");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            NodeList marks = table.getElementsByTagNameNS(W, "bookmarkStart");
            for (int m = 0; m < marks.getLength(); m++) {
                List<FieldId> needs = byBookmark.get(((Element) marks.item(m)).getAttributeNS(W, "name"));
                if (needs != null) {
                    fillNeedsTable(table, needs, answers);
                }
            }
        }
    }

    private void fillNeedsTable(Element table, List<FieldId> needs, Map<FieldId, String> answers) {
        List<Element> rows = children(table, W, "tr");
        while (rows.size() - 1 < needs.size()) {
            Element copy = (Element) rows.get(1).cloneNode(true);
            for (Element paragraph : descendants(copy, "p")) {
                removeChildren(paragraph, "r", "ins");
            }
            table.insertBefore(copy, rows.get(rows.size() - 1));
            rows = children(table, W, "tr");
        }
        for (int i = 0; i < needs.size(); i++) {
            FieldId need = needs.get(i);
            List<Element> cells = children(rows.get(i + 1), W, "tc");
            writeCell(cells.get(0), answers.get(need));
            writeCell(cells.get(1), answers.getOrDefault(Needs.priority(need, Needs.numberOf(need).orElseThrow()), ""));
        }
    }

    /** A cell's first paragraph gets the text as one run; its marks (the editable range's end) stay. */
    private void writeCell(Element cell, String value) {
        Element paragraph = children(cell, W, "p").get(0);
        removeChildren(paragraph, "r", "ins");
        if (!value.isEmpty()) {
            Element properties = child(paragraph, W, "pPr");
            Node run = tracked(paragraph.getOwnerDocument(), run(paragraph.getOwnerDocument(), value,
                    properties != null && child(properties, W, "bidi") != null));
            Node end = children(paragraph, W, "permEnd").stream().findFirst().orElse(null);
            paragraph.insertBefore(run, end);
        }
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(W, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static String displayText(Element list, String value) {
        NodeList items = list.getElementsByTagNameNS(W, "listItem");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (value.equals(item.getAttributeNS(W, "value"))) {
                return item.getAttributeNS(W, "displayText");
            }
        }
        return value;
    }

    /** Inline control: its runs give way to one run of the answer. */
    private void replaceRuns(Element content, String value) {
        removeChildren(content, "r", "ins");
        content.appendChild(tracked(content.getOwnerDocument(), run(content.getOwnerDocument(), value, rtl(content))));
    }

    /** Block control: one paragraph per line, the field's opening marks in the first, closing marks in the last. */
    private void replaceParagraphs(Element content, String value) {
        Document document = content.getOwnerDocument();
        List<Element> paragraphs = children(content, W, "p");
        Element first = paragraphs.get(0);
        Element last = paragraphs.get(paragraphs.size() - 1);
        Element paragraphProperties = child(first, W, "pPr");
        // Marks inside the paragraphs (editable range, and bookmarks of older layouts) stay at the answer's ends.
        List<Node> opening = marks(first, "permStart", "bookmarkStart");
        List<Node> closing = marks(last, "bookmarkEnd", "permEnd");
        paragraphs.forEach(content::removeChild);
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Element paragraph = document.createElementNS(W, "w:p");
            if (paragraphProperties != null) {
                paragraph.appendChild(paragraphProperties.cloneNode(true));
            }
            if (i == 0) {
                opening.forEach(paragraph::appendChild);
            }
            if (!lines[i].isEmpty()) {
                paragraph.appendChild(tracked(document, run(document, lines[i], paragraphProperties != null
                        && child(paragraphProperties, W, "bidi") != null)));
            }
            if (i == lines.length - 1) {
                closing.forEach(paragraph::appendChild);
            }
            content.appendChild(paragraph);
        }
    }

    private Node tracked(Document document, Element run) {
        if (tracking.isEmpty()) {
            return run;
        }
        Element insertion = document.createElementNS(W, "w:ins");
        insertion.setAttributeNS(W, "w:id", Integer.toString(revisionId++));
        insertion.setAttributeNS(W, "w:author", tracking.get().author());
        insertion.setAttributeNS(W, "w:date", tracking.get().date().toString());
        insertion.appendChild(run);
        return insertion;
    }

    private static Element run(Document document, String text, boolean rightToLeft) {
        Element run = document.createElementNS(W, "w:r");
        if (rightToLeft) {
            Element properties = document.createElementNS(W, "w:rPr");
            properties.appendChild(document.createElementNS(W, "w:rtl"));
            run.appendChild(properties);
        }
        Element t = document.createElementNS(W, "w:t");
        t.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
        t.setTextContent(text);
        run.appendChild(t);
        return run;
    }

    private static boolean rtl(Element content) {
        Node parent = content.getParentNode().getParentNode();
        if (parent instanceof Element paragraph && W.equals(paragraph.getNamespaceURI()) && "p".equals(paragraph.getLocalName())) {
            Element properties = child(paragraph, W, "pPr");
            return properties != null && child(properties, W, "bidi") != null;
        }
        return false;
    }

    private static List<Node> marks(Element paragraph, String... names) {
        List<Node> marks = new ArrayList<>();
        for (String name : names) {
            for (Element mark : children(paragraph, W, name)) {
                marks.add(mark);
            }
        }
        return marks;
    }

    private static void removeChildren(Element parent, String... names) {
        for (String name : names) {
            children(parent, W, name).forEach(parent::removeChild);
        }
    }

    private static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return builder.parse(in);
        }
    }

    private static byte[] serialise(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

}
