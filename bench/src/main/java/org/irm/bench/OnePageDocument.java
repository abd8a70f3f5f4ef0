package org.irm.bench;

import java.nio.file.Path;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtContentBlock;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.Tag;
import org.docx4j.wml.Text;

/**
 * Writes the benchmarks' one-page document: a title, three paragraphs of prose and three tagged
 * rich-text content controls with an answer each, about one A4 page. Usage: {@code OnePageDocument FILE}.
 */
public final class OnePageDocument {

    private static final String PROSE = "The State party has adopted measures to prevent corruption in public "
            + "procurement, including transparent procedures, objective criteria for decisions and an effective "
            + "system of domestic review. Officials responsible for procurement declare their interests and are "
            + "screened and trained. Records of each procedure are kept and published where the law allows. ";

    private OnePageDocument() {
    }

    public static void main(String[] args) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        main.addStyledParagraphOfText("Title", "Article 9: public procurement");
        for (int i = 1; i <= 3; i++) {
            main.addParagraphOfText(PROSE.repeat(2));
            main.getContent().add(answer("bench.9." + i + "/measures", "Answer " + i + ": " + PROSE));
        }
        pkg.save(Path.of(args[0]).toFile());
    }

    private static SdtBlock answer(String tag, String text) {
        ObjectFactory wml = Context.getWmlObjectFactory();
        SdtBlock block = wml.createSdtBlock();
        SdtPr pr = wml.createSdtPr();
        Tag t = wml.createTag();
        t.setVal("irm:" + tag);
        pr.setTag(t);
        block.setSdtPr(pr);
        SdtContentBlock content = wml.createSdtContentBlock();
        P p = wml.createP();
        R r = wml.createR();
        Text value = wml.createText();
        value.setValue(text);
        r.getContent().add(value);
        p.getContent().add(r);
        content.getContent().add(p);
        block.setSdtContent(content);
        return block;
    }
}
