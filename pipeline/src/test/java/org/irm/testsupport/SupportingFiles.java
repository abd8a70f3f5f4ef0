package org.irm.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Supporting documents as States send them, made in the test (no binary fixture): a PDF with a text layer
 * (PDFBox), a scan (a PDF whose pages are only images), a password-protected PDF, a Word law (POI), a
 * password-protected Word or Excel file (POI's Encryptor), a PNG.
 */
public final class SupportingFiles {

    private SupportingFiles() {
    }

    /** A PDF with one page of text per argument (Helvetica, plain ASCII lines). */
    public static byte[] textPdf(String title, String... pages) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle(title);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 780);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned document: each page only an image (text drawn as pixels), no text layer. */
    public static byte[] scannedPdf(int pages) {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(pdf, picture("Scanned decree page " + (i + 1)));
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(image, 50, 500, 400, 200);
                }
            }
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text PDF that opens only with a password. */
    public static byte[] encryptedPdf(String text) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 780);
                content.showText(text);
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word law (.docx, no identity of ours) with a title in its properties and one paragraph per argument. */
    public static byte[] wordLaw(String title, String... paragraphs) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(title);
            for (String paragraph : paragraphs) {
                docx.createParagraph().createRun().setText(paragraph);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An Office file (.docx, .xlsx: any OOXML package) saved with a password to open, as Word and Excel save it:
     * an OLE2 compound file holding the EncryptionInfo and EncryptedPackage streams (agile encryption, AES).
     */
    public static byte[] passwordProtected(byte[] ooxml, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (java.io.OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(ooxml);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG picture of a line of text. */
    public static byte[] png(String text) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(picture(text), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a Windows program: neither a return nor a supporting document. */
    public static byte[] program() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[60] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0x80, 4);
        return bytes;
    }

    /** A plain zip archive holding a text file. */
    public static byte[] zip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("law.txt"));
            zip.write("Anti-Corruption Act".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(String text) {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 400, 200);
        graphics.setColor(Color.BLACK);
        graphics.drawString(text, 20, 100);
        graphics.dispose();
        return image;
    }

    private static byte[] bytes(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
