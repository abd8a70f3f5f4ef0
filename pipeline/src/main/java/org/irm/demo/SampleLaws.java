package org.irm.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The laws the demo's Kenya sends with its return, written by the demo (no binary sample shipped): a
 * PDF with a text layer, as a State exports a gazetted act (PDFBox, which Tika's PDF module brings), and
 * a Word document of another act (POI). Their words are made up for the demo.
 */
final class SampleLaws {

    /** A word of the procurement act's text that the demo searches for. */
    static final String SEARCHED = "debarment";

    private SampleLaws() {
    }

    /** The procurement act, two pages, its title in the PDF's properties. */
    static Path procurementActPdf(Path file) throws IOException {
        List<List<String>> pages = List.of(
                List.of("THE PUBLIC PROCUREMENT AND ASSET DISPOSAL ACT, 2015", "", "PART I - PRELIMINARY",
                        "1. This Act may be cited as the Public Procurement and Asset Disposal Act, 2015.",
                        "2. Every procuring entity shall publish each contract award on the public procurement portal",
                        "   within fourteen days of the award."),
                List.of("PART XI - DEBARMENT", "", "41. The Authority may debar a person from participating in public",
                        "   procurement for a period of not less than ten years where that person has given a bribe.",
                        "42. A register of debarment decisions shall be kept and published by the Authority."));
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle("Public Procurement and Asset Disposal Act, 2015");
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 780);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                pdf.save(out);
            }
        }
        return file;
    }

    /** The anti-corruption act as a Word document, its title in the document's properties. */
    static Path antiCorruptionActDocx(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.getProperties().getCoreProperties().setTitle("Anti-Corruption and Economic Crimes Act, 2003");
            for (String paragraph : List.of("THE ANTI-CORRUPTION AND ECONOMIC CRIMES ACT, 2003",
                    "46. A person who uses his office to improperly confer a benefit on himself or anyone else is guilty"
                            + " of an offence.",
                    "47. A person who deals with property that he believes or has reason to believe was acquired in the"
                            + " course of or as a result of corrupt conduct is guilty of an offence.")) {
                docx.createParagraph().createRun().setText(paragraph);
            }
            docx.write(out);
        }
        return file;
    }
}
