package org.irm.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.irm.testsupport.RawZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentedCopyTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    // Arabic, Chinese and Cyrillic answers around the commented field: they must go back byte for byte.
    private static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"" + W + "\"><w:body>"
            + "<w:p><w:r><w:t>\u0627\u0644\u0625\u062c\u0627\u0628\u0629 \u2610 \u4e2d\u6587</w:t></w:r></w:p>"
            + "<w:p><w:bookmarkStart w:id=\"7\" w:name=\"irm_field\"/><w:r><w:t>\u041e\u0442\u0432\u0435\u0442</w:t></w:r>"
            + "<w:bookmarkEnd w:id=\"7\"/></w:p></w:body></w:document>";

    @TempDir
    Path folder;

    @Test
    void theStatesTextGoesBackByteForByteAroundTheComment() throws Exception {
        Path original = folder.resolve("return.docx");
        writePackage(original);
        Path target = folder.resolve("to-fix.docx");

        List<String> placed = new CommentedCopy("Secretariat", "SEC", PackageLimits.DEFAULTS).write(original,
                List.of(new CommentedCopy.PlacedComment("irm_field", "\u064a\u0631\u062c\u0649 \u0627\u0644\u0625\u062c\u0627\u0628\u0629")),
                Instant.parse("2026-12-01T10:00:00Z"), target);

        assertThat(placed).containsExactly("irm_field");
        String copied = part(target, "word/document.xml");
        assertThat(copied).contains("<w:bookmarkStart w:id=\"7\" w:name=\"irm_field\"/><w:commentRangeStart w:id=\"0\"/>");
        String withoutComment = copied.replace("<w:commentRangeStart w:id=\"0\"/>", "")
                .replace("<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>", "");
        assertThat(withoutComment).isEqualTo(DOCUMENT);
        assertThat(part(target, "word/comments.xml")).contains("\u064a\u0631\u062c\u0649 \u0627\u0644\u0625\u062c\u0627\u0628\u0629");
    }

    @Test
    void aPartThatInflatesPastTheLimitsStopsTheCopyInsteadOfFillingTheOutbox() throws Exception {
        Path genuine = folder.resolve("genuine.docx");
        writePackage(genuine);
        RawZip zip = new RawZip();
        for (var entry : RawZip.entries(Files.readAllBytes(genuine))) {
            zip.add(entry.getKey(), entry.getValue());
        }
        // Nothing references it, and its header says 4 KB: only inflating it shows 3.6 GB.
        zip.raw("word/media/padding.bin", RawZip.zeros(3_600), 0, 4096);
        Path original = Files.write(folder.resolve("return.docx"), zip.bytes());
        Path target = folder.resolve("to-fix.docx");

        assertThatThrownBy(() -> new CommentedCopy("Secretariat", "SEC", PackageLimits.DEFAULTS).write(original,
                List.of(new CommentedCopy.PlacedComment("irm_field", "Fix")), Instant.parse("2026-12-01T10:00:00Z"), target))
                .isInstanceOfSatisfying(RefusedDocumentException.class,
                        e -> assertThat(e.refusal().reason()).isEqualTo(RefusalReason.ZIP_BOMB));
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("genuine.docx", "return.docx");
        }
    }

    private static void writePackage(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", DOCUMENT);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
