package org.irm.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.TextUtils;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter;
import org.irm.docx.Paragraphs;
import org.irm.docx.WordXml;

/**
 * Writes an analysis as a formatted Word note: its title, what it counts, the rounding stated, then
 * each table under its heading with its chart under it as an image ({@link ChartImages}). In the
 * project's document styles ({@code templates/checklist/styles.xml}), right-to-left in Arabic.
 */
public final class AnalysisNote {

    /**
     * Chart width on the page: 16 cm, in twips (1,440 an inch), as docx4j's createImageInline takes it
     * (it writes EMU itself: given EMU, the charts were 1,000 times too large, 3,657,600,000 EMU, which
     * LibreOffice 7.4.7-1+deb12u14 renders as an empty page).
     */
    private static final long CHART_WIDTH = Math.round(16 / 2.54 * 1440);
    private static final String PLACEHOLDER = "irm-chart:";
    /** The text width of an A4 page with the project's margins, in twips. */
    private static final int TEXT_WIDTH = 9600;

    private final TemplateSource templates;

    public AnalysisNote(TemplateSource templates) {
        this.templates = templates;
    }

    /** Writes the note to the stream (not closed). */
    public void write(String title, List<String> introduction, List<AnalysisTable> tables, Language language,
                      OutputStream out) throws IOException {
        WordXml xml = new WordXml();
        Paragraphs text = new Paragraphs(xml, language);
        xml.document();
        text.paragraph("Title", title);
        introduction.forEach(paragraph -> text.paragraph("IrmCover", paragraph));
        Map<String, byte[]> charts = new LinkedHashMap<>();
        for (AnalysisTable table : tables) {
            text.paragraph("Heading2", table.title());
            table(xml, text, language, table);
            if (table.chart() != null) {
                String placeholder = PLACEHOLDER + table.id();
                charts.put(placeholder, ChartImages.png(table));
                text.paragraph("Normal", placeholder);
            }
        }
        text.section();
        String document = xml.end().end().finish();
        PackageWriter.withStyles("the analysis note", DocumentStyles.styles(templates, language)).body(document)
                .parts(pkg -> {
                    ObjectFactory factory = Context.getWmlObjectFactory();
                    int id = 1;
                    for (Object block : new ArrayList<>(pkg.getMainDocumentPart().getContent())) {
                        if (block instanceof P paragraph && charts.containsKey(TextUtils.getText(paragraph).strip())) {
                            String placeholder = TextUtils.getText(paragraph).strip();
                            Inline inline;
                            try {
                                BinaryPartAbstractImage image = BinaryPartAbstractImage.createImagePart(pkg, charts.get(placeholder));
                                inline = image.createImageInline(placeholder.substring(PLACEHOLDER.length()) + ".png",
                                        placeholder.substring(PLACEHOLDER.length()), id, id + 1, CHART_WIDTH, false);
                            } catch (Docx4JException e) {
                                throw e;
                            } catch (Exception e) {
                                throw new Docx4JException("Cannot place the chart " + placeholder + ": " + e.getMessage(), e);
                            }
                            id += 2;
                            Drawing drawing = factory.createDrawing();
                            drawing.getAnchorOrInline().add(inline);
                            R run = factory.createR();
                            run.getContent().add(factory.createRDrawing(drawing));
                            paragraph.getContent().clear();
                            paragraph.getContent().add(run);
                        }
                    }
                }).save(out);
    }

    private static void table(WordXml xml, Paragraphs text, Language language, AnalysisTable table) {
        int columns = table.columns().size();
        String size = columns > 9 ? "14" : columns > 6 ? "17" : "20";
        int[] widths = widths(table);
        xml.table(widths, language.rightToLeft(), true);
        xml.row(true);
        for (int c = 0; c < columns; c++) {
            cell(xml, language, table.columns().get(c).header(), true, false, size, widths[c]);
        }
        xml.end();
        for (List<Object> row : table.rows()) {
            xml.row(false);
            for (int c = 0; c < columns; c++) {
                Object value = row.get(c);
                cell(xml, language, shown(value), false, !(value instanceof String), size, widths[c]);
            }
            xml.end();
        }
        xml.end();
    }

    /** Column widths in twips over the text width: the first column (what a row is) three shares, the others one. */
    private static int[] widths(AnalysisTable table) {
        int columns = table.columns().size();
        int shares = columns + 2;
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = TEXT_WIDTH * (c == 0 ? 3 : 1) / shares;
        }
        return widths;
    }

    /** How a cell shows: counts as written, shares as whole per cents (the rounding the note states). */
    static String shown(Object value) {
        if (value instanceof Share share) {
            return share.percent() + "%";
        }
        return value == null ? "" : value.toString();
    }

    private static void cell(WordXml xml, Language language, String value, boolean header, boolean number, String size,
                             int width) {
        xml.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(width), "type", "dxa");
        if (header) {
            xml.empty("shd", "val", "clear", "color", "auto", "fill", "D9E2F3");
        }
        xml.end();
        xml.start("p").start("pPr");
        if (language.rightToLeft()) {
            xml.empty("bidi");
        }
        xml.empty("spacing", "before", "20", "after", "20");
        if (number) {
            xml.empty("jc", "val", language.rightToLeft() ? "left" : "right");
        }
        xml.end();
        xml.start("r").start("rPr");
        if (header) {
            xml.empty("b").empty("bCs");
        }
        xml.empty("sz", "val", size).empty("szCs", "val", size);
        if (language.rightToLeft()) {
            xml.empty("rtl");
        }
        xml.end();
        xml.text(value).end().end().end();
    }
}
