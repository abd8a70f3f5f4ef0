package org.irm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.SubmissionSource;
import org.irm.register.SupportingDocuments.Document;
import org.irm.submission.Arrival;
import org.irm.testsupport.SupportingFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportingDeskTest {

    @TempDir
    Path home;

    private Register register;
    private SupportingDesk desk;

    @BeforeEach
    void open() {
        IrmConfig config = IrmConfig.of(Map.of("irm.home", home.toString()));
        register = Register.open(config);
        desk = SupportingDesk.over(config, register);
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void aTextPdfIsArchivedBySha256RegisteredWithItsPagesAndFoundByAWordOnItsPage() throws Exception {
        Document pdf = take("Ley 1234.pdf", SupportingFiles.textPdf("Ley contra la corrupcion",
                "Article 1. This law applies to public officials.", "Article 2. Bribery of a public official is an offence."));

        assertThat(pdf.format()).isEqualTo("pdf");
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.textLayer()).isTrue();
        assertThat(pdf.title()).isEqualTo("Ley contra la corrupcion");
        assertThat(home.resolve("watch-folders/archive").resolve(pdf.sha256())).exists();
        assertThat(desk.search("BRIBERY", "KEN", 10)).singleElement().satisfies(hit -> {
            assertThat(hit.document()).isEqualTo("Ley 1234.pdf");
            assertThat(hit.page()).isEqualTo(2);
            assertThat(hit.snippet()).contains("Bribery of a public official");
        });
        assertThat(desk.search("bribery officials", "KEN", 10)).isEmpty();
        assertThat(desk.search("bribery", "FRA", 10)).isEmpty();
    }

    @Test
    void aScannedPdfIsRegisteredAsHavingNoTextLayer() throws Exception {
        Document scan = take("decree-scan.pdf", SupportingFiles.scannedPdf(2));

        assertThat(scan.format()).isEqualTo("pdf");
        assertThat(scan.textLayer()).isFalse();
        assertThat(scan.encrypted()).isFalse();
        assertThat(scan.pages()).isEqualTo(2);
    }

    @Test
    void anEncryptedPdfIsRegisteredAndFlaggedAndItsTextIsNotRead() throws Exception {
        Document locked = take("locked.pdf", SupportingFiles.encryptedPdf("Secret decree on asset declarations"));

        assertThat(locked.encrypted()).isTrue();
        assertThat(locked.textLayer()).isFalse();
        assertThat(desk.search("declarations", null, 10)).isEmpty();
        assertThat(desk.of("KEN")).extracting(Document::originalName).containsExactly("locked.pdf");
    }

    @Test
    void aWordLawIsReadWithItsTitleAndFoundWithoutCaseOrAccents() throws Exception {
        Document law = take("loi.docx", SupportingFiles.wordLaw("Loi anticorruption", "Article premier : la corruption "
                + "d'agents publics étrangers est punie.", "Article 2 : les déclarations de patrimoine sont publiques."));

        assertThat(law.format()).isEqualTo("docx");
        assertThat(law.title()).isEqualTo("Loi anticorruption");
        assertThat(desk.search("ETRANGERS punie", "KEN", 10)).singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).contains("étrangers est punie"));
    }

    @Test
    void aPasswordProtectedExcel97FileIsRegisteredFlaggedOnceRead() throws Exception {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Cases").createRow(0).createCell(0).setCellValue("Convictions for bribery");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                workbook.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            xls = out.toByteArray();
        }

        Document locked = take("cases.xls", xls);

        assertThat(locked.format()).isEqualTo("xls");
        assertThat(locked.encrypted()).isTrue();
        assertThat(desk.search("bribery", "KEN", 10)).isEmpty();
    }

    @Test
    void aDocumentIsRegisteredUnderItsNameWithoutTheFoldersTheMailProgramPutBeforeIt() throws Exception {
        Path file = file(SupportingFiles.textPdf("Act", "Text."));
        SupportingDesk.Taken taken = desk.take(arrival("C:\\fakepath\\..\\Anti-Corruption Act.pdf", file), "KEN",
                desk.recognise(file).orElseThrow());

        assertThat(taken.document().originalName()).isEqualTo("Anti-Corruption Act.pdf");
        assertThat(SupportingDesk.shownName("../../laws/Ley 1234.pdf")).isEqualTo("Ley 1234.pdf");
        assertThat(SupportingDesk.shownName("laws/..")).isEqualTo("laws/..");
        assertThat(SupportingDesk.shownName("/home/ana/Ley 1234.pdf")).isEqualTo("Ley 1234.pdf");
        assertThat(SupportingDesk.shownName("Decree 12/2019.pdf")).isEqualTo("Decree 12/2019.pdf");
    }

    @Test
    void theSameBytesSentAgainForTheStateAreRegisteredOnce() throws Exception {
        byte[] bytes = SupportingFiles.textPdf("Act", "Public procurement act.");
        Document first = take("act.pdf", bytes);
        SupportingDesk.Taken again = desk.take(arrival("act (copy).pdf", bytes), "KEN", desk.recognise(file(bytes)).orElseThrow());

        assertThat(again.alreadyReceived()).isTrue();
        assertThat(again.document().id()).isEqualTo(first.id());
        assertThat(desk.of("KEN")).hasSize(1);
    }

    @Test
    void aDocumentAttachesToTheStatesOpenReviewAndWithoutOneToTheStateAlone() throws Exception {
        Document before = take("a.pdf", SupportingFiles.textPdf("A", "First law."));
        register.reviews().create(new NewReview("uncac-2-KEN", "KEN", "uncac", 2, Language.EN, ReviewStage.DESK_REVIEW,
                List.of(), List.of(), null, Instant.parse("2026-01-01T00:00:00Z")));
        Document after = take("b.pdf", SupportingFiles.textPdf("B", "Second law."));

        assertThat(before.reviewId()).isNull();
        assertThat(after.reviewId()).isEqualTo("uncac-2-KEN");
    }

    private Document take(String name, byte[] bytes) throws Exception {
        Path file = file(bytes);
        SupportingFormat format = desk.recognise(file).orElseThrow(() -> new AssertionError(name + " not recognised"));
        SupportingDesk.Taken taken = desk.take(arrival(name, file), "KEN", format);
        assertThat(taken.alreadyReceived()).isFalse();
        return taken.document();
    }

    private Arrival arrival(String name, byte[] bytes) throws Exception {
        return arrival(name, file(bytes));
    }

    private Arrival arrival(String name, Path file) {
        return new Arrival(file, name, SubmissionSource.CLI, null, null, Instant.now());
    }

    private Path file(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile(Files.createDirectories(home.resolve("incoming")), "doc-", ".bin"), bytes);
    }
}
