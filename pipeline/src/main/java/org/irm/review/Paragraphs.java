package org.irm.review;

import org.irm.catalogue.Language;
import org.irm.checklist.WordXml;

/** Paragraphs and runs in the checklist's styles, right-to-left where the language is. */
final class Paragraphs {

    private final WordXml xml;
    private final Language language;

    Paragraphs(WordXml xml, Language language) {
        this.xml = xml;
        this.language = language;
    }

    void paragraph(String style, String text) {
        start(style);
        run(text);
        xml.end();
    }

    void labelled(String style, String label, String value) {
        start(style);
        bold(label + ": ");
        run(value);
        xml.end();
    }

    /** Opens a paragraph (with its properties); the caller ends it. */
    void start(String style) {
        xml.start("p").start("pPr").empty("pStyle", "val", style);
        if (language.rightToLeft()) {
            xml.empty("bidi");
        }
        xml.end();
    }

    void run(String text) {
        xml.start("r");
        runProperties(false);
        xml.text(text).end();
    }

    void bold(String text) {
        xml.start("r");
        runProperties(true);
        xml.text(text).end();
    }

    /** The run properties every run of the language needs (right-to-left for Arabic), and bold when asked. */
    void runProperties(boolean bold) {
        if (bold || language.rightToLeft()) {
            xml.start("rPr");
            if (bold) {
                xml.empty("b").empty("bCs");
            }
            if (language.rightToLeft()) {
                xml.empty("rtl");
            }
            xml.end();
        }
    }

    void section() {
        xml.start("sectPr");
        xml.empty("pgSz", "w", "11906", "h", "16838");
        xml.empty("pgMar", "top", "1417", "right", "1417", "bottom", "1417", "left", "1417", "header", "708",
                "footer", "708", "gutter", "0");
        if (language.rightToLeft()) {
            xml.empty("bidi");
        }
        xml.end();
    }
}
