package org.irm.lots;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * The record of a draw as a Word document for the Implementation Review Group: title, date,
 * seed and input digests, the rules applied, a table of the reviewing States drawn (its header
 * repeated on each page), and the redraws with their reasons.
 */
public final class DrawRecordDocument {

    private static final int TABLE_WIDTH_TWIPS = 9360;

    private final RecordLabels labels;
    private final ObjectFactory factory = Context.getWmlObjectFactory();

    public DrawRecordDocument(RecordLabels labels) {
        this.labels = labels;
    }

    /**
     * Writes the document to {@code file}, replacing it.
     *
     * @param recordName the file name of the JSON record, quoted in the sentence on verification
     */
    public void write(DrawResult result, PartyRoster roster, String recordName, Path file) throws Docx4JException {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart body = pkg.getMainDocumentPart();
        DrawRequest rq = result.request();
        body.addStyledParagraphOfText("Title", labels.text("record.title", result.mechanism().toUpperCase(),
                String.valueOf(rq.cycle()), String.valueOf(rq.year())));
        body.addParagraphOfText(labels.text("record.drawDate", rq.drawDate().toString()));
        body.addParagraphOfText(labels.text("record.seed", rq.seed()));
        body.addParagraphOfText(labels.text("record.algorithm", DrawResult.ALGORITHM));
        body.addParagraphOfText(labels.text("record.digests", result.digests().states(), result.digests().policy(),
                result.digests().history()));
        if (!rq.deferring().isEmpty()) {
            body.addParagraphOfText(labels.text("record.deferring", String.join(", ", rq.deferring())));
        }
        if (result.level() > 0) {
            body.addParagraphOfText(labels.text("record.level", String.valueOf(result.level())));
        }
        body.addStyledParagraphOfText("Heading1", labels.text("record.policy.heading"));
        result.policy().summary().forEach(body::addParagraphOfText);
        body.addStyledParagraphOfText("Heading1", labels.text("record.pairings.heading"));
        body.getContent().add(table(result, roster));
        body.addStyledParagraphOfText("Heading1", labels.text("record.redraws.heading"));
        if (result.redraws().isEmpty()) {
            body.addParagraphOfText(labels.text("record.redraws.none"));
        }
        for (Redraw r : result.redraws()) {
            RedrawRequest q = r.request();
            body.addParagraphOfText(labels.text("record.redraw.line", String.valueOf(r.number()), q.requestedBy(),
                    q.underReview(), q.exceptional() ? labels.text("record.redraw.exceptional") : "", q.reason(),
                    String.join(", ", r.replaced()), String.join(", ", r.drawn())));
        }
        body.addParagraphOfText(labels.text("record.verify", recordName));
        pkg.save(file.toFile());
    }

    private Tbl table(DrawResult result, PartyRoster roster) {
        Role second = result.policy().secondBox() == DrawPolicy.SecondBox.GLOBAL ? Role.GLOBAL : Role.OTHER_GROUP;
        List<String> header = List.of(labels.text("column.underReview"), labels.text("column.group"),
                labels.text("column.sameGroup"), labels.text("column.second", second.words()),
                labels.text("column.additional"));
        Tbl table = factory.createTbl();
        table.setTblPr(tableProperties());
        TblGrid grid = factory.createTblGrid();
        for (int i = 0; i < header.size(); i++) {
            TblGridCol col = factory.createTblGridCol();
            col.setW(BigInteger.valueOf(TABLE_WIDTH_TWIPS / header.size()));
            grid.getGridCol().add(col);
        }
        table.setTblGrid(grid);
        table.getContent().add(row(header, true));
        for (PairingRows.Row row : PairingRows.of(result, roster)) {
            List<String> cells = new ArrayList<>();
            cells.add(row.name() + " (" + row.iso3() + ")");
            cells.add(row.group());
            cells.add(row.firstIso3().isEmpty() ? "" : row.firstName() + " (" + row.firstIso3() + ")");
            cells.add(row.secondIso3().isEmpty() ? "" : row.secondName() + " (" + row.secondIso3() + ")");
            cells.add(row.additional());
            table.getContent().add(row(cells, false));
        }
        return table;
    }

    private TblPr tableProperties() {
        TblPr properties = factory.createTblPr();
        CTTblPrBase.TblStyle style = factory.createCTTblPrBaseTblStyle();
        style.setVal("TableGrid");
        properties.setTblStyle(style);
        TblWidth width = factory.createTblWidth();
        width.setType("dxa");
        width.setW(BigInteger.valueOf(TABLE_WIDTH_TWIPS));
        properties.setTblW(width);
        // Borders set on the table itself, so they show whether or not the style is defined.
        TblBorders borders = factory.createTblBorders();
        borders.setTop(border());
        borders.setBottom(border());
        borders.setLeft(border());
        borders.setRight(border());
        borders.setInsideH(border());
        borders.setInsideV(border());
        properties.setTblBorders(borders);
        return properties;
    }

    private CTBorder border() {
        CTBorder border = factory.createCTBorder();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setColor("auto");
        return border;
    }

    private Tr row(List<String> cells, boolean header) {
        Tr tr = factory.createTr();
        if (header) {
            // Word repeats a header row on every page the table spans.
            TrPr trPr = factory.createTrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore().add(factory.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
            tr.setTrPr(trPr);
        }
        for (String value : cells) {
            Tc tc = factory.createTc();
            tc.getContent().add(paragraph(value, header));
            tr.getContent().add(tc);
        }
        return tr;
    }

    private P paragraph(String value, boolean bold) {
        Text text = factory.createText();
        text.setValue(value);
        text.setSpace("preserve");
        R run = factory.createR();
        if (bold) {
            RPr rPr = factory.createRPr();
            rPr.setB(new BooleanDefaultTrue());
            run.setRPr(rPr);
        }
        run.getContent().add(text);
        P p = factory.createP();
        p.getContent().add(run);
        return p;
    }
}
