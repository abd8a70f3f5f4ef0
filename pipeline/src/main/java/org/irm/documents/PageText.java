package org.irm.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML output page by page: a PDF's pages come as {@code <div class="page">}; a
 * document without pages (Word, OpenDocument, a spreadsheet) is one run of text. Block elements end a line.
 * Bounded: text past {@code maxChars} is dropped, so a huge or hostile document cannot fill memory.
 */
final class PageText extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br",
            "table", "td", "th", "blockquote", "pre");

    private final int maxChars;
    private final StringBuilder unpaged = new StringBuilder();
    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder current = unpaged;
    private int total;
    private int inHead;

    PageText(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        if ("head".equals(name)) {
            inHead++;
        } else if ("div".equals(name) && "page".equals(attributes.getValue("class"))) {
            current = new StringBuilder();
            pages.add(current);
        } else if (BLOCKS.contains(name)) {
            newline();
        } else if ("td".equals(name) || "th".equals(name)) {
            append(" ");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if ("head".equals(name)) {
            inHead--;
        } else if (BLOCKS.contains(name)) {
            newline();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inHead == 0) {
            append(new String(ch, start, length));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void newline() {
        if (current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
            append("\n");
        }
    }

    private void append(String text) {
        int room = maxChars - total;
        if (room <= 0) {
            return;
        }
        String kept = text.length() <= room ? text : text.substring(0, room);
        current.append(kept);
        total += kept.length();
    }

    /** True when the text came in pages (a PDF). */
    boolean paged() {
        return !pages.isEmpty();
    }

    /** The text of each page, in order; for a document without pages, its whole text as one. */
    List<String> pages() {
        if (pages.isEmpty()) {
            return List.of(unpaged.toString());
        }
        return pages.stream().map(StringBuilder::toString).toList();
    }
}
