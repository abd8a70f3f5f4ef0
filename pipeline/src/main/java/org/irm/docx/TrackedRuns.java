package org.irm.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes runs as tracked changes, as Word and LibreOffice write them, so either accepts and
 * rejects each as usual: insertions, deletions, the two halves of a move, a change of a run's
 * formatting, and the change of a paragraph mark. Every run carries the language's run
 * properties ({@link Paragraphs#runProperties}). Ids are the caller's: Word wants every
 * annotation id of a document distinct, comments and bookmarks included.
 */
public final class TrackedRuns {

    /**
     * Who made a change and when, with the change's id.
     *
     * @param date ISO 8601, as written into {@code w:date}
     */
    public record Change(String id, String author, String date) { }

    /** Which half of a move: where the text went from, or where it went to. */
    public enum Move {
        FROM("moveFrom"), TO("moveTo");

        private final String element;

        Move(String element) {
            this.element = element;
        }
    }

    private final WordXml xml;
    private final Paragraphs text;

    public TrackedRuns(WordXml xml, Paragraphs text) {
        this.xml = xml;
        this.text = text;
    }

    /** A run nobody changed. */
    public void kept(String piece) {
        run(piece, false);
    }

    public void inserted(Change change, String piece) {
        open("ins", change);
        run(piece, false);
        xml.end();
    }

    public void deleted(Change change, String piece) {
        open("del", change);
        run(piece, true);
        xml.end();
    }

    /**
     * One half of a move: the range marks (id {@code rangeId}, named {@code name}) around the
     * moved run. Word pairs the halves by name.
     */
    public void moved(Move half, String rangeId, String name, Change change, String piece) {
        xml.empty(half.element + "RangeStart", "id", rangeId, "name", name, "author", change.author(), "date", change.date());
        open(half.element, change);
        run(piece, false);
        xml.end();
        xml.empty(half.element + "RangeEnd", "id", rangeId);
    }

    /**
     * Kept text whose formatting changed: the run's properties now, and the properties it had
     * (each an element name with its {@code w:} attributes).
     */
    public void reformatted(Change change, String piece, List<Map.Entry<String, Map<String, String>>> properties,
                            List<Map.Entry<String, Map<String, String>>> oldProperties) {
        xml.start("r").start("rPr");
        properties.forEach(this::property);
        open("rPrChange", change);
        xml.start("rPr");
        oldProperties.forEach(this::property);
        xml.end().end().end();
        xml.text(piece).end();
    }

    /**
     * The change of the paragraph mark of the paragraph whose properties are open: {@code w:rPr}
     * inside {@code w:pPr}, where Word puts it.
     *
     * @param inserted true for an inserted mark, false for a deleted one
     */
    public void paragraphMark(boolean inserted, Change change) {
        xml.start("rPr");
        open(inserted ? "ins" : "del", change);
        xml.end().end();
    }

    private void open(String element, Change change) {
        xml.start(element).attribute("id", change.id()).attribute("author", change.author()).attribute("date", change.date());
    }

    private void run(String piece, boolean deleted) {
        xml.start("r");
        text.runProperties(false);
        if (deleted) {
            xml.start("delText").characters(piece).end();
        } else {
            xml.text(piece);
        }
        xml.end();
    }

    private void property(Map.Entry<String, Map<String, String>> property) {
        List<String> pairs = new ArrayList<>();
        property.getValue().forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        xml.empty(property.getKey(), pairs.toArray(String[]::new));
    }
}
