package org.irm.submission.screening;

import org.irm.docx.RefusalReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.List;
import org.irm.testsupport.HostileFiles;
import org.irm.testsupport.SealedReturns;
import org.irm.testsupport.Zips;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a careless or hostile sender might send: each ends in its own refusal, never an exception. */
class HostileFilesTest {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    @TempDir
    Path folder;

    private final DocumentOpening opening = new DocumentOpening();

    @TempDir
    static Path fixtures;

    private static byte[] genuine;

    private static synchronized byte[] genuine() throws Exception {
        if (genuine == null) {
            genuine = new SealedReturns(fixtures.resolve("returns")).withFindings(1);
        }
        return genuine;
    }

    static List<HostileFiles.Case> hostileFiles() {
        return HostileFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void eachHostileFileIsRefusedForItsOwnReasonOrReadInFull(HostileFiles.Case hostile) throws Exception {
        byte[] genuine = genuine();
        Path file = Files.write(folder.resolve("hostile.docx"), hostile.recipe().make(genuine));

        OpenedDocument opened = opening.open(file);

        if (hostile.registered()) {
            assertThat(opened.refusal()).isEmpty();
            assertThat(opened.reading().orElseThrow().contentControls()).hasSameSizeAs(
                    opening.open(Files.write(folder.resolve("genuine.docx"), genuine)).reading().orElseThrow().contentControls());
        } else {
            assertRefused(file, RefusalReason.valueOf(hostile.reason()));
        }
    }

    @Test
    void anExternalEntityInTheDocumentIsRefused() throws Exception {
        Path file = docx("xxe.docx", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");

        assertRefused(file, RefusalReason.EXTERNAL_ENTITIES);
    }

    @Test
    void aBillionLaughsIsRefused() throws Exception {
        Path file = docx("laughs.docx", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"haha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>");

        assertRefused(file, RefusalReason.EXTERNAL_ENTITIES);
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path file = folder.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "_rels/.rels", RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 400; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }

        assertRefused(file, RefusalReason.ZIP_BOMB);
    }

    @Test
    void aPasswordProtectedDocumentIsRefusedAsEncrypted() throws Exception {
        Path plain = docx("plain.docx", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p/></w:body></w:document>");
        Path encrypted = folder.resolve("protected.docx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (java.io.OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (java.io.OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }

        assertRefused(encrypted, RefusalReason.ENCRYPTED);
    }

    @Test
    void aPlainZipNamedDocxIsNotADocumentPackage() throws Exception {
        Path file = Zips.write(folder.resolve("archive.docx"), Map.of("answers.txt", "yes"));

        assertRefused(file, RefusalReason.NOT_A_DOCUMENT_PACKAGE);
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() throws Exception {
        assertRefused(Files.createFile(folder.resolve("empty.docx")), RefusalReason.EMPTY);
    }

    @Test
    void aPdfNamedDocxIsNotWord() throws Exception {
        Path file = Files.writeString(folder.resolve("scan.docx"), "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n");

        assertRefused(file, RefusalReason.NOT_WORD);
    }

    @Test
    void absurdlyDeepNestingIsRefused() throws Exception {
        String deep = "<w:p>".repeat(400) + "</w:p>".repeat(400);
        Path file = docx("deep.docx", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + deep + "</w:body></w:document>");

        assertRefused(file, RefusalReason.CORRUPT);
    }

    @Test
    void brokenXmlIsRefusedAsDamaged() throws Exception {
        assertRefused(docx("broken.docx", "<w:document><w:body>"), RefusalReason.CORRUPT);
    }

    private void assertRefused(Path file, RefusalReason reason) {
        OpenedDocument opened = opening.open(file);
        assertThat(opened.refusal()).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.message()).isNotBlank().doesNotContain("Exception");
        });
    }

    private Path docx(String name, String document) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES);
        entries.put("_rels/.rels", RELS);
        entries.put("word/document.xml", document);
        return Zips.write(folder.resolve(name), entries);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
