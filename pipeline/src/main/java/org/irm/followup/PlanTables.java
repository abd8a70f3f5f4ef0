package org.irm.followup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.irm.docx.DocxReader;
import org.irm.docx.RefusedDocumentException;
import org.irm.docx.WordPackage;

/**
 * Reads the tables of a Word document's body as rows of cell text, each table with the bookmarks
 * that start inside it: how a follow-up form's action plans are read back whatever the State did to
 * them (rows added in Word or LibreOffice, cells typed into). Cell text is read as if every tracked
 * change were accepted: inserted text in, deleted and moved-away text out. One streaming pass,
 * bounded like every reader of the desk.
 */
final class PlanTables {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELATIONSHIPS = "_rels/.rels";
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    /** One table: the bookmarks that start in it, and its rows of cell texts (paragraphs joined by "\n"). */
    record Table(List<String> bookmarks, List<List<String>> rows) { }

    private PlanTables() {
    }

    /** Every table of the main document (nested ones too), by the bookmarks that start in them. */
    static Map<String, Table> byBookmark(WordPackage pkg) throws RefusedDocumentException {
        String main = mainPart(pkg).orElse("word/document.xml");
        Pass pass = new Pass();
        DocxReader.parse(pkg, main, pass::read);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table table : pass.tables) {
            table.bookmarks().forEach(name -> tables.putIfAbsent(name, table));
        }
        return tables;
    }

    private static Optional<String> mainPart(WordPackage pkg) throws RefusedDocumentException {
        List<String> found = new ArrayList<>();
        DocxReader.parse(pkg, RELATIONSHIPS, xml -> {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && String.valueOf(xml.getAttributeValue(null, "Type")).endsWith(OFFICE_DOCUMENT)) {
                    String target = xml.getAttributeValue(null, "Target");
                    if (target != null) {
                        found.add(target.startsWith("/") ? target.substring(1) : target);
                    }
                }
            }
        });
        return found.stream().findFirst();
    }

    /** One pass over the document part. */
    private static final class Pass {
        final List<Table> tables = new ArrayList<>();
        private final Deque<Building> open = new ArrayDeque<>();
        private int skipped;

        void read(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                boolean w = event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                        ? W.equals(xml.getNamespaceURI()) : false;
                if (event == XMLStreamConstants.START_ELEMENT && w) {
                    start(xml);
                } else if (event == XMLStreamConstants.END_ELEMENT && w) {
                    end(xml.getLocalName());
                } else if (event == XMLStreamConstants.CHARACTERS && !open.isEmpty() && skipped == 0) {
                    Building table = open.peek();
                    if (table.inText && table.cell != null) {
                        table.cell.append(xml.getText());
                    }
                }
            }
        }

        private void start(XMLStreamReader xml) {
            String name = xml.getLocalName();
            switch (name) {
                case "tbl" -> open.push(new Building());
                case "del", "moveFrom" -> skipped++;
                default -> { }
            }
            Building table = open.peek();
            if (table == null) {
                return;
            }
            switch (name) {
                case "tr" -> table.row = new ArrayList<>();
                case "tc" -> table.cell = new StringBuilder();
                case "t" -> table.inText = true;
                case "tab" -> append(table, "\t");
                case "br", "cr" -> append(table, "\n");
                case "bookmarkStart" -> {
                    String bookmark = xml.getAttributeValue(W, "name");
                    if (bookmark != null) {
                        table.bookmarks.add(bookmark);
                    }
                }
                default -> { }
            }
        }

        private void append(Building table, String text) {
            if (table.cell != null && skipped == 0) {
                table.cell.append(text);
            }
        }

        private void end(String name) {
            if ("del".equals(name) || "moveFrom".equals(name)) {
                skipped = Math.max(0, skipped - 1);
                return;
            }
            Building table = open.peek();
            if (table == null) {
                return;
            }
            switch (name) {
                case "t" -> table.inText = false;
                case "p" -> {
                    if (table.cell != null) {
                        table.cell.append('\n');
                    }
                }
                case "tc" -> {
                    if (table.row != null && table.cell != null) {
                        table.row.add(table.cell.toString().strip());
                    }
                    table.cell = null;
                }
                case "tr" -> {
                    if (table.row != null) {
                        table.rows.add(List.copyOf(table.row));
                    }
                    table.row = null;
                }
                case "tbl" -> {
                    open.pop();
                    tables.add(new Table(List.copyOf(table.bookmarks), List.copyOf(table.rows)));
                }
                default -> { }
            }
        }
    }

    /** A table being read. Cells of a nested table are read into the nested one only. */
    private static final class Building {
        final List<String> bookmarks = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        List<String> row;
        StringBuilder cell;
        boolean inText;
    }
}
