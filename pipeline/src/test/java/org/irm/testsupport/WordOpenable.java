package org.irm.testsupport;

import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Word insists on before it opens a package without "Word found unreadable content... Do you
 * want to recover?": each rule below is one that Word enforces and LibreOffice forgives, so a file
 * LibreOffice opens can still ask Word for a repair. {@link #problems} lists every breach, worded
 * for the test's failure message; an empty list is a package Word opens as it is.
 * <ul>
 *   <li>the package: every part has a content type, every override names a part, every internal
 *       relationship points to a part, relationship ids are unique in their part;</li>
 *   <li>the main document and the styles validate against the WordprocessingML schema
 *       (ECMA-376 Transitional, as POI compiles it: element order, required attributes, value types),
 *       and docx4j unmarshals every WordprocessingML part without a validation event;</li>
 *   <li>markup compatibility: every prefix the root ignores is declared, every extension prefix used
 *       is ignored;</li>
 *   <li>content controls: one {@code sdtPr} and one {@code sdtContent} each, a unique numeric
 *       {@code w:id}, properties in Word's order, a run-level control holding runs and a block-level
 *       one paragraphs or tables, a drop-down with distinct non-empty values showing one of its items
 *       (or its placeholder);</li>
 *   <li>bookmarks: unique ids and names, names Word accepts (a letter or _ first, letters, digits and
 *       _, at most 40), each start ended once;</li>
 *   <li>tables: a grid, each row with as many cells as grid columns, each cell ending in a paragraph.</li>
 * </ul>
 */
public final class WordOpenable {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** sdtPr's children in the schema's order (CT_SdtPr); the type element comes last. */
    private static final List<String> SDT_PR_ORDER = List.of("rPr", "alias", "tag", "id", "lock", "placeholder",
            "temporary", "showingPlcHdr", "dataBinding", "label", "tabIndex", "docPartObj", "docPartList",
            "equation", "comboBox", "date", "dropDownList", "picture", "richText", "text", "citation", "group",
            "bibliography");
    private static final Set<String> RUN_LEVEL = Set.of("r", "ins", "del", "moveFrom", "moveTo", "bookmarkStart",
            "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr", "permStart", "permEnd", "sdt",
            "fldSimple", "hyperlink", "smartTag", "customXml", "oMath", "oMathPara");
    private static final Set<String> BLOCK_LEVEL = Set.of("p", "tbl", "sdt", "bookmarkStart", "bookmarkEnd",
            "commentRangeStart", "commentRangeEnd", "proofErr", "permStart", "permEnd", "ins", "del", "customXml");
    private static final Pattern BOOKMARK_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

    private WordOpenable() {
    }

    /** Every breach of Word's rules in the .docx, one line each; empty when Word opens it without a repair. */
    public static List<String> problems(Path docx) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : RawZip.entries(Files.readAllBytes(docx))) {
            parts.put(entry.getKey(), entry.getValue());
        }
        List<String> problems = new ArrayList<>();
        packageRules(parts, problems);
        String main = mainDocument(parts);
        if (main == null || !parts.containsKey(main)) {
            problems.add("no main document part");
            return problems;
        }
        schema(main, parts.get(main), DocumentDocument.Factory::parse, problems);
        String styles = main.replaceFirst("[^/]+$", "styles.xml");
        if (parts.containsKey(styles)) {
            schema(styles, parts.get(styles), StylesDocument.Factory::parse, problems);
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().startsWith("word/") && part.getKey().endsWith(".xml")) {
                docx4j(part.getKey(), part.getValue(), problems);
                markupCompatibility(part.getKey(), new String(part.getValue(), java.nio.charset.StandardCharsets.UTF_8),
                        problems);
            }
        }
        Document document = dom(parts.get(main));
        contentControls(document, problems);
        bookmarks(document, problems);
        tables(document, problems);
        try {
            WordprocessingMLPackage.load(docx.toFile()).getMainDocumentPart().getContent();
        } catch (Exception e) {
            problems.add("docx4j cannot load the package: " + e);
        }
        return problems;
    }

    private static void packageRules(Map<String, byte[]> parts, List<String> problems) throws Exception {
        byte[] types = parts.get("[Content_Types].xml");
        if (types == null) {
            problems.add("no [Content_Types].xml");
            return;
        }
        Document ct = dom(types);
        Set<String> defaults = new HashSet<>();
        for (Element d : elements(ct, CT, "Default")) {
            defaults.add(d.getAttribute("Extension").toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> overrides = new HashSet<>();
        for (Element o : elements(ct, CT, "Override")) {
            String name = o.getAttribute("PartName");
            if (!overrides.add(name.toLowerCase(java.util.Locale.ROOT))) {
                problems.add("[Content_Types].xml overrides " + name + " twice");
            }
            if (!parts.containsKey(name.substring(1))) {
                problems.add("[Content_Types].xml names " + name + ", which the package does not hold");
            }
        }
        for (String name : parts.keySet()) {
            if (name.equals("[Content_Types].xml") || name.endsWith("/")) {
                continue;
            }
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!overrides.contains(("/" + name).toLowerCase(java.util.Locale.ROOT)) && !defaults.contains(extension)) {
                problems.add("part " + name + " has no content type");
            }
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            if (!name.endsWith(".rels")) {
                continue;
            }
            // _rels/.rels is the package's; word/_rels/document.xml.rels is word/document.xml's, relative to word/.
            String base = name.substring(0, name.indexOf("_rels/"));
            Set<String> ids = new HashSet<>();
            for (Element r : elements(dom(part.getValue()), PR, "Relationship")) {
                if (!ids.add(r.getAttribute("Id"))) {
                    problems.add(name + " uses the relationship id " + r.getAttribute("Id") + " twice");
                }
                if ("External".equals(r.getAttribute("TargetMode"))) {
                    continue;
                }
                String target = r.getAttribute("Target");
                String resolved = target.startsWith("/") ? target.substring(1) : normalise(base + target);
                if (!parts.containsKey(resolved)) {
                    problems.add(name + ": relationship " + r.getAttribute("Id") + " points to " + target
                            + ", which the package does not hold");
                }
            }
        }
    }

    private static String mainDocument(Map<String, byte[]> parts) throws Exception {
        byte[] rels = parts.get("_rels/.rels");
        if (rels == null) {
            return null;
        }
        for (Element r : elements(dom(rels), PR, "Relationship")) {
            if (r.getAttribute("Type").endsWith("/officeDocument")) {
                String target = r.getAttribute("Target");
                return target.startsWith("/") ? target.substring(1) : target;
            }
        }
        return null;
    }

    private static String normalise(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                out.add(segment);
            }
        }
        return String.join("/", out);
    }

    @FunctionalInterface
    private interface Parser {
        XmlObject parse(java.io.InputStream in, XmlOptions options) throws Exception;
    }

    private static void schema(String name, byte[] xml, Parser parser, List<String> problems) throws Exception {
        XmlOptions options = new XmlOptions();
        options.setLoadStripWhitespace();
        XmlObject parsed = parser.parse(new ByteArrayInputStream(asWordReadsIt(xml)), options);
        List<XmlError> errors = new ArrayList<>();
        XmlOptions validation = new XmlOptions();
        validation.setErrorListener(errors);
        parsed.validate(validation);
        for (XmlError error : errors) {
            problems.add(name + " breaks the WordprocessingML schema: " + error.getMessage()
                    + (error.getCursorLocation() == null ? "" : " at " + describe(error.getCursorLocation())));
        }
    }

    /**
     * The part as markup compatibility has Word read it (ECMA-376 Part 3): the {@code mc:Ignorable}
     * declaration and every element and attribute of a namespace it names set aside, so what is left
     * is plain WordprocessingML for the schema.
     */
    private static byte[] asWordReadsIt(byte[] xml) throws Exception {
        Document document = dom(xml);
        Element root = document.getDocumentElement();
        Set<String> ignored = new HashSet<>();
        String ignorable = root.getAttributeNS(MC, "Ignorable");
        for (String prefix : ignorable.trim().split("\\s+")) {
            if (!prefix.isEmpty() && root.lookupNamespaceURI(prefix) != null) {
                ignored.add(root.lookupNamespaceURI(prefix));
            }
        }
        setAside(root, ignored);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
        return out.toByteArray();
    }

    private static void setAside(Element element, Set<String> ignored) {
        org.w3c.dom.NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Node attribute = attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (MC.equals(namespace) || namespace != null && ignored.contains(namespace)) {
                element.removeAttributeNode((org.w3c.dom.Attr) attribute);
            }
        }
        for (Node n = element.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element child) {
                if (child.getNamespaceURI() != null && ignored.contains(child.getNamespaceURI())) {
                    element.removeChild(child);
                } else {
                    setAside(child, ignored);
                }
            }
            n = next;
        }
    }

    private static String describe(org.apache.xmlbeans.XmlCursor cursor) {
        try {
            return cursor.getName() == null ? "?" : cursor.getName().getLocalPart();
        } finally {
            cursor.close();
        }
    }

    private static void docx4j(String name, byte[] xml, List<String> problems) {
        try {
            Unmarshaller unmarshaller = Context.jc.createUnmarshaller();
            unmarshaller.setEventHandler(event -> {
                problems.add(name + ": docx4j: " + event.getMessage());
                return true;
            });
            unmarshaller.unmarshal(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            problems.add(name + ": docx4j cannot unmarshal it: " + e);
        }
    }

    private static void markupCompatibility(String name, String xml, List<String> problems) {
        int declaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        int open = xml.indexOf('<', declaration);
        String root = xml.substring(open, xml.indexOf('>', open));
        Set<String> declared = new HashSet<>();
        Matcher d = Pattern.compile("xmlns:([A-Za-z0-9]+)=").matcher(root);
        while (d.find()) {
            declared.add(d.group(1));
        }
        Matcher ignorable = Pattern.compile("mc:Ignorable=\"([^\"]*)\"").matcher(root);
        Set<String> ignored = ignorable.find() ? new HashSet<>(List.of(ignorable.group(1).trim().split("\\s+"))) : Set.of();
        for (String prefix : ignored) {
            if (prefix.isEmpty()) {
                continue;
            }
            if (!declared.contains(prefix)) {
                problems.add(name + " ignores the prefix " + prefix + " without declaring it");
            }
        }
        Matcher used = Pattern.compile("[<\\s/](w1[4-9]|w16[a-z]*|wp14|w15):").matcher(xml);
        String rootPrefix = root.substring(1, Math.max(1, root.indexOf(':')));
        while (used.find()) {
            String prefix = used.group(1);
            if (!prefix.equals(rootPrefix) && !ignored.contains(prefix)) {
                problems.add(name + " uses the extension prefix " + prefix + " without mc:Ignorable naming it");
            }
        }
    }

    private static void contentControls(Document document, List<String> problems) {
        Set<String> ids = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (Element sdt : elements(document, W, "sdt")) {
            List<Element> pr = children(sdt, "sdtPr");
            List<Element> content = children(sdt, "sdtContent");
            String tag = pr.isEmpty() ? null : attribute(first(pr.get(0), "tag"), "val");
            String which = "content control " + (tag == null ? "(no tag)" : tag);
            if (pr.size() != 1 || content.size() != 1) {
                problems.add(which + " has " + pr.size() + " sdtPr and " + content.size() + " sdtContent (Word wants one each)");
                continue;
            }
            if (tag != null && !tags.add(tag)) {
                problems.add(which + ": the tag is used twice");
            }
            String id = attribute(first(pr.get(0), "id"), "val");
            if (id == null || !id.matches("-?\\d+")) {
                problems.add(which + " has no numeric w:id (" + id + ")");
            } else if (!ids.add(id)) {
                problems.add(which + " repeats the w:id " + id);
            }
            int last = -1;
            for (Element child : children(pr.get(0), null)) {
                int at = SDT_PR_ORDER.indexOf(child.getLocalName());
                if (W.equals(child.getNamespaceURI()) && at >= 0) {
                    if (at < last) {
                        problems.add(which + ": sdtPr has " + child.getLocalName() + " out of Word's order");
                    }
                    last = at;
                }
            }
            boolean runLevel = "p".equals(sdt.getParentNode().getLocalName())
                    || RUN_LEVEL.contains(sdt.getParentNode().getLocalName()) && !"sdtContent".equals(sdt.getParentNode().getLocalName());
            Set<String> allowed = runLevel ? RUN_LEVEL : BLOCK_LEVEL;
            for (Element child : children(content.get(0), null)) {
                if (W.equals(child.getNamespaceURI()) && !allowed.contains(child.getLocalName())) {
                    problems.add(which + " (" + (runLevel ? "in a paragraph" : "a block") + ") holds a w:"
                            + child.getLocalName());
                }
            }
            Element list = first(pr.get(0), "dropDownList");
            if (list != null) {
                Set<String> values = new HashSet<>();
                Set<String> shown = new HashSet<>();
                for (Element item : children(list, "listItem")) {
                    String value = attribute(item, "value");
                    if (value == null || value.isEmpty() || !values.add(value)) {
                        problems.add(which + ": a drop-down item's value is empty or repeated (" + value + ")");
                    }
                    shown.add(attribute(item, "displayText"));
                }
                String text = content.get(0).getTextContent();
                if (first(pr.get(0), "showingPlcHdr") == null && !shown.contains(text)) {
                    problems.add(which + " shows '" + text + "', none of its items");
                }
            }
        }
    }

    private static void bookmarks(Document document, List<String> problems) {
        Map<String, String> started = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Element start : elements(document, W, "bookmarkStart")) {
            String id = attribute(start, "id");
            String name = attribute(start, "name");
            if (started.put(id, name) != null) {
                problems.add("bookmark id " + id + " is used twice");
            }
            if (name == null || !names.add(name)) {
                problems.add("bookmark name " + name + " is used twice");
            }
            if (name != null && !BOOKMARK_NAME.matcher(name).matches() && !name.startsWith("_")) {
                problems.add("bookmark name " + name + " is not one Word accepts");
            }
        }
        Map<String, Integer> ended = new HashMap<>();
        for (Element end : elements(document, W, "bookmarkEnd")) {
            ended.merge(attribute(end, "id"), 1, Integer::sum);
        }
        started.forEach((id, name) -> {
            if (ended.getOrDefault(id, 0) != 1) {
                problems.add("bookmark " + name + " (id " + id + ") is ended " + ended.getOrDefault(id, 0) + " times");
            }
        });
        ended.keySet().stream().filter(id -> !started.containsKey(id))
                .forEach(id -> problems.add("bookmarkEnd " + id + " ends no bookmark"));
    }

    /** Range markup may follow a cell's last paragraph; it is not content. */
    private static final Set<String> RANGE_MARKUP = Set.of("bookmarkStart", "bookmarkEnd", "permStart", "permEnd",
            "commentRangeStart", "commentRangeEnd", "proofErr", "moveFromRangeStart", "moveFromRangeEnd",
            "moveToRangeStart", "moveToRangeEnd", "tcPr");

    /**
     * The last block-level element of a cell, looking into a block-level content control's content
     * (a cell may end in a content control whose content ends in a paragraph), or null.
     */
    private static Element lastBlock(Element container) {
        List<Element> inside = children(container, null);
        for (int i = inside.size() - 1; i >= 0; i--) {
            Element element = inside.get(i);
            if (RANGE_MARKUP.contains(element.getLocalName())) {
                continue;
            }
            return "sdt".equals(element.getLocalName()) ? lastBlock(first(element, "sdtContent")) : element;
        }
        return null;
    }

    private static void tables(Document document, List<String> problems) {
        int t = 0;
        for (Element table : elements(document, W, "tbl")) {
            t++;
            Element grid = first(table, "tblGrid");
            int columns = grid == null ? 0 : children(grid, "gridCol").size();
            if (columns == 0) {
                problems.add("table " + t + " has no grid");
            }
            int r = 0;
            for (Element row : children(table, "tr")) {
                r++;
                int cells = 0;
                for (Element cell : children(row, "tc")) {
                    Element span = first(first(cell, "tcPr"), "gridSpan");
                    cells += span == null ? 1 : Integer.parseInt(attribute(span, "val"));
                    Element last = lastBlock(cell);
                    if (last == null || !"p".equals(last.getLocalName())) {
                        problems.add("table " + t + ", row " + r + ": a cell does not end in a paragraph");
                    }
                }
                if (cells != columns) {
                    problems.add("table " + t + ", row " + r + " has " + cells + " cells for " + columns + " grid columns");
                }
            }
        }
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The element's W children of that name (any W child when name is null). */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String attribute(Element element, String name) {
        return element == null || !element.hasAttributeNS(W, name) ? null : element.getAttributeNS(W, name);
    }

    /** For callers that check the text of one part. */
    public static String part(Path docx, String name) throws IOException {
        for (Map.Entry<String, byte[]> entry : RawZip.entries(Files.readAllBytes(docx))) {
            if (entry.getKey().equals(name)) {
                return new String(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("No part " + name + " in " + docx);
    }
}
