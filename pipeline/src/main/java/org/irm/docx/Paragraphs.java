package org.irm.docx;

import java.util.Optional;
import org.irm.catalogue.Language;

/**
 * Paragraphs and runs in the checklist's styles, right-to-left where the language is: what the
 * checklist, the review copies and the merged review write their text with.
 */
public final class Paragraphs {

    private final WordXml xml;
    private final Language language;

    public Paragraphs(WordXml xml, Language language) {
        this.xml = xml;
        this.language = language;
    }

    public void paragraph(String style, String text) {
        start(style);
        run(text);
        xml.end();
    }

    public void labelled(String style, String label, String value) {
        start(style);
        bold(label + ": ");
        run(value);
        xml.end();
    }

    /** Opens a paragraph (with its properties); the caller ends it. */
    public void start(String style) {
        xml.start("p").start("pPr").empty("pStyle", "val", style);
        if (language.rightToLeft()) {
            xml.empty("bidi");
        }
        xml.end();
    }

    public void run(String text) {
        xml.start("r");
        runProperties(false);
        xml.text(text).end();
    }

    public void bold(String text) {
        xml.start("r");
        runProperties(true);
        xml.text(text).end();
    }

    /** The run properties every run of the language needs (right-to-left for Arabic), and bold when asked. */
    public void runProperties(boolean bold) {
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

    /** The section's properties: A4 portrait, the margins of our documents, right-to-left where the language is. */
    public void section() {
        section(Optional.empty());
    }

    /** The section's properties, with the footer of that relationship id (see {@link PackageWriter#footer}). */
    public void section(String footerRelationship) {
        section(Optional.of(footerRelationship));
    }

    private void section(Optional<String> footerRelationship) {
        xml.start("sectPr");
        footerRelationship.ifPresent(id -> {
            xml.start("footerReference").attribute("type", "default");
            xml.attributeR("id", id);
            xml.end();
        });
        xml.empty("pgSz", "w", "11906", "h", "16838");
        xml.empty("pgMar", "top", "1417", "right", "1417", "bottom", "1417", "left", "1417", "header", "708",
                "footer", "708", "gutter", "0");
        if (language.rightToLeft()) {
            xml.empty("bidi");
        }
        xml.end();
    }
}
