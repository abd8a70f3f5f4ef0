package org.irm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.docx.PackageLimits;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.SupportingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportingScreenTest {

    @TempDir
    Path folder;

    private final SupportingScreen screen = new SupportingScreen(PackageLimits.DEFAULTS);

    @Test
    void pdfsWordFilesSpreadsheetsAndImagesAreSupportingDocumentsWhateverTheirName() throws Exception {
        assertThat(recognise("law.txt", SupportingFiles.textPdf("Law", "Text."))).hasValueSatisfying(f ->
                assertThat(f.kind()).isEqualTo(SupportingFormat.Kind.PDF));
        assertThat(recognise("scan.docx", SupportingFiles.scannedPdf(1))).hasValueSatisfying(f ->
                assertThat(f.shortName()).isEqualTo("pdf"));
        assertThat(recognise("law.pdf", SupportingFiles.wordLaw("Law", "Text."))).hasValueSatisfying(f -> {
            assertThat(f.shortName()).isEqualTo("docx");
            assertThat(f.macros()).isFalse();
        });
        assertThat(recognise("table", workbook())).hasValueSatisfying(f ->
                assertThat(f.kind()).isEqualTo(SupportingFormat.Kind.SPREADSHEET));
        assertThat(recognise("photo.pdf", SupportingFiles.png("Gazette"))).hasValueSatisfying(f ->
                assertThat(f.kind()).isEqualTo(SupportingFormat.Kind.IMAGE));
    }

    @Test
    void aChecklistOfOursIsAReturnNotASupportingDocument() throws Exception {
        Path checklist = Checklists.write(folder.resolve("issued.docx"), "KEN", Language.EN).file();

        assertThat(screen.recognise(checklist)).isEmpty();
    }

    @Test
    void programsArchivesTextAndEmptyFilesAreNotSupportingDocuments() throws Exception {
        assertThat(recognise("setup.exe", SupportingFiles.program())).isEmpty();
        assertThat(recognise("laws.zip", SupportingFiles.zip())).isEmpty();
        assertThat(recognise("letter.txt", "Dear secretariat".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(recognise("empty.pdf", new byte[0])).isEmpty();
    }

    @Test
    void aMacroEnabledWordFileIsFlaggedFromItsEntriesWithoutBeingOpened() throws Exception {
        byte[] docm = withMacros(SupportingFiles.wordLaw("Law", "Text."));

        assertThat(recognise("law.docm", docm)).hasValueSatisfying(f -> {
            assertThat(f.shortName()).isEqualTo("docm");
            assertThat(f.macros()).isTrue();
        });
    }

    @Test
    void aPasswordProtectedOfficeFileIsRecognisedEncryptedAndMayBeTheChecklistItself() throws Exception {
        byte[] sheet = SupportingFiles.passwordProtected(workbook(), "secret");
        byte[] checklist = SupportingFiles.passwordProtected(Files.readAllBytes(
                Checklists.write(folder.resolve("issued.docx"), "KEN", Language.EN).file()), "secret");

        for (byte[] locked : new byte[][] {sheet, checklist}) {
            assertThat(recognise("budget.xlsx", locked)).hasValueSatisfying(f -> {
                assertThat(f.kind()).isEqualTo(SupportingFormat.Kind.PROTECTED_OFFICE);
                assertThat(f.encrypted()).isTrue();
                assertThat(f.mayBeAReturn()).isTrue();
            });
        }
        assertThat(recognise("law.pdf", SupportingFiles.textPdf("Law", "Text."))).hasValueSatisfying(f ->
                assertThat(f.mayBeAReturn()).isFalse());
    }

    @Test
    void aChecklistIsAReturnAndALawOrAProtectedFileIsNot() throws Exception {
        Path checklist = Checklists.write(folder.resolve("issued.docx"), "KEN", Language.EN).file();

        assertThat(screen.isReturn(checklist)).isTrue();
        assertThat(screen.isReturn(write("law.docx", SupportingFiles.wordLaw("Law", "Text.")))).isFalse();
        assertThat(screen.isReturn(write("locked.docx", SupportingFiles.passwordProtected(Files.readAllBytes(checklist),
                "secret")))).isFalse();
        assertThat(screen.isReturn(write("laws.zip", SupportingFiles.zip()))).isFalse();
    }

    @Test
    void aFileLargerThanTheLimitIsLeftToTheDesk() throws Exception {
        SupportingScreen small = new SupportingScreen(PackageLimits.DEFAULTS.withMaxFileBytes(1024));

        assertThat(small.recognise(write("big.pdf", SupportingFiles.textPdf("Law", "x".repeat(90), "y".repeat(90)))))
                .isEmpty();
    }

    private Optional<SupportingFormat> recognise(String name, byte[] bytes) throws IOException {
        return screen.recognise(write(name, bytes));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(Files.createTempDirectory(folder, "f").resolve(name), bytes);
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Cases").createRow(0).createCell(0).setCellValue("Convictions 2025");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The Word file as Word saves a macro-enabled one: its main part's type changed and a VBA project added. */
    private static byte[] withMacros(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                            "application/vnd.ms-word.document.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
