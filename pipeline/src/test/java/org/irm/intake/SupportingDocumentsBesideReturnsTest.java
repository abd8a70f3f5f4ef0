package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.documents.ReceiptListing;
import org.irm.documents.SupportingDesk;
import org.irm.documents.SupportingIntake;
import org.irm.mail.MailQueue;
import org.irm.mail.MailTexts;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.SupportingDocuments;
import org.irm.register.SupportingDocuments.Document;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.irm.submission.MailedReplies;
import org.irm.submission.ReturnDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.SupportingFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a focal point's e-mail brings beside its return (issue 19.3), taken by the real mail intake, desk and
 * register, its answers read back from the mail queue: a password-protected Office file with a return and alone,
 * a law sent again with a later return.
 */
class SupportingDocumentsBesideReturnsTest {

    private static final String KEN = "focal@kenya.test";

    @TempDir
    Path home;

    private Register register;
    private ReturnDesk desk;
    private SupportingIntake documents;
    private MailArrivals mail;
    private FolderArrivals folder;
    private ReturnsFixture returns;
    private Path watch;
    private Instant now = Instant.parse("2026-11-02T09:00:00Z");

    @BeforeEach
    void open() {
        Map<String, String> settings = ReturnsFixture.settings(home);
        settings.put("irm.limits.file.mb", "1");
        IrmConfig config = IrmConfig.of(settings);
        register = Register.open(config);
        ReturnDesks desks = ReturnDesks.over(config, register, Clock.systemUTC());
        new FocalPoints(register).add(new FocalPoint("KEN", KEN, null, Language.EN), "test");
        desk = desks.open(List.of(desks.checklists(new ReceiptListing(SupportingDesk.over(config, register)))));
        watch = home.resolve("watch-folders");
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        documents = SupportingIntake.over(config, register);
        mail = new MailArrivals(desk, new MailedReplies(MailQueue.under(watch), "returns@secretariat.test"),
                new MailTexts(config.templates()), List.of(Language.EN), home.resolve("mail-work"), clock)
                .with(documents);
        folder = new FolderArrivals(desk, new SettledFiles(java.time.Duration.ZERO, clock), clock, true).with(documents);
        returns = new ReturnsFixture(home.resolve("fixtures"));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void aPasswordProtectedSpreadsheetBesideAReturnIsRegisteredFlaggedAndListedInItsReceipt() throws Exception {
        byte[] checklist = returns.complete("KEN", Language.EN, 1);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Budget of the commission.xlsx", SupportingFiles.passwordProtected(workbook(), "kenya2026"));
        files.put("checklist-KEN.docx", checklist);

        List<Acknowledgement> taken = mail.take(message("Our answers", files));

        assertThat(taken).extracting(Acknowledgement::disposition).doesNotContain(Disposition.REFUSED);
        assertThat(register.submissionBySha256(RecordingDesk.sha256(checklist)))
                .hasValueSatisfying(s -> assertThat(s.outcome()).isEqualTo(Outcome.ACCEPTED));
        assertThat(new SupportingDocuments(register).ofState("KEN")).singleElement().satisfies(d -> {
            assertThat(d.originalName()).isEqualTo("Budget of the commission.xlsx");
            assertThat(d.encrypted()).isTrue();
            assertThat(d.textLayer()).isFalse();
            assertThat(watch.resolve("archive").resolve(d.sha256())).exists();
        });
        List<String> answers = queued();
        assertThat(answers).singleElement().asString().startsWith("Checklist received").contains(
                "Budget of the commission.xlsx (OFFICE", "protected by a password: kept, its text not read",
                "if the reviewers need its text, please send a copy without the password");
    }

    @Test
    void aSupportingDocumentTheRegisterLostIsTakenAgainFromTheArchiveAtStart() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Anti-Corruption Act.pdf", SupportingFiles.textPdf("Anti-Corruption Act", "Whistleblowers are protected."));
        files.put("checklist-KEN.docx", returns.complete("KEN", Language.EN, 7));
        mail.take(message("Our answers", files));
        String sha256 = new SupportingDocuments(register).ofState("KEN").get(0).sha256();
        // What a kill can do to an embedded register's last writes (see submission.LostRegisterWritesTest).
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
                + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM supporting_passage");
            statement.execute("DELETE FROM supporting_document");
        }
        assertThat(new SupportingDocuments(register).ofState("KEN")).isEmpty();

        assertThat(documents.desk().takeAgainWhatTheRegisterLost()).singleElement()
                .satisfies(taken -> assertThat(taken.alreadyReceived()).isFalse());

        assertThat(new SupportingDocuments(register).ofState("KEN")).singleElement().satisfies(d -> {
            assertThat(d.sha256()).isEqualTo(sha256);
            assertThat(d.originalName()).isEqualTo("Anti-Corruption Act.pdf");
            assertThat(d.sender()).isEqualTo(KEN);
        });
        assertThat(documents.desk().search("whistleblowers", "KEN", 10)).hasSize(1);
        assertThat(documents.desk().takeAgainWhatTheRegisterLost()).isEmpty();
        assertThat(queued()).as("the receipt is not sent again").hasSize(1);
    }

    @Test
    void aPasswordProtectedFileAloneIsRefusedEncryptedAndStillArchived() throws Exception {
        byte[] locked = SupportingFiles.passwordProtected(returns.complete("KEN", Language.EN, 2), "kenya2026");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("checklist-KEN.docx", locked);
        files.put("Anti-Corruption Act.pdf", SupportingFiles.textPdf("Anti-Corruption Act", "Section 1."));

        List<Acknowledgement> taken = mail.take(message("Our answers", files));

        assertThat(taken).filteredOn(a -> a.disposition() == Disposition.REFUSED).singleElement().satisfies(a -> {
            assertThat(a.reasonCode()).isEqualTo("ENCRYPTED");
            assertThat(watch.resolve("archive").resolve(a.sha256())).exists();
            assertThat(Files.readAllBytes(watch.resolve("archive").resolve(a.sha256()))).isEqualTo(locked);
        });
        assertThat(new SupportingDocuments(register).ofState("KEN")).extracting(Document::originalName)
                .containsExactly("Anti-Corruption Act.pdf");
        assertThat(queued()).anySatisfy(text -> assertThat(text).contains("checklist-KEN.docx", "ENCRYPTED",
                "Remove the password", "If it is a law or another supporting document, not the checklist, send it "
                        + "without the password, or together with your checklist"));
    }

    @Test
    void aLawSentAgainWithALaterReturnIsListedInItsReceiptAsAlreadyReceivedOnItsDate() throws Exception {
        byte[] law = SupportingFiles.textPdf("Anti-Corruption Act", "Section 1. Short title.");
        Map<String, byte[]> first = new LinkedHashMap<>();
        first.put("checklist-KEN.docx", returns.complete("KEN", Language.EN, 3));
        first.put("Anti-Corruption Act.pdf", law);
        mail.take(message("Our answers", first));
        now = Instant.parse("2026-11-20T15:00:00Z");
        Map<String, byte[]> second = new LinkedHashMap<>();
        second.put("checklist-KEN v2.docx", returns.complete("KEN", Language.EN, 4));
        second.put("ACA 2020.pdf", law);

        mail.take(message("Updated answers", second));

        assertThat(new SupportingDocuments(register).ofState("KEN")).hasSize(1);
        List<String> answers = queued();
        assertThat(answers).hasSize(2).allSatisfy(text -> assertThat(text).startsWith("Checklist received"));
        assertThat(answers).filteredOn(text -> text.contains("checklist-KEN v2.docx")).singleElement().asString()
                .contains("ACA 2020.pdf (PDF", "already received on 2 November 2026");
        assertThat(answers).filteredOn(text -> !text.contains("checklist-KEN v2.docx")).singleElement().asString()
                .contains("Anti-Corruption Act.pdf (PDF").doesNotContain("already received");
    }

    @Test
    void filesBesideAReturnThatAreNoSupportingDocumentsAreAnsweredWithWhatToDo() throws Exception {
        byte[] law = SupportingFiles.textPdf("Penal Code", "Section 46. Abuse of office.");
        byte[] big = new byte[1200 * 1024];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy(law, 0, big, 0, law.length);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("checklist-KEN.docx", returns.complete("KEN", Language.EN, 5));
        files.put("C:\\fakepath\\..\\Penal Code.pdf", law);
        files.put("Laws 2020.zip", SupportingFiles.zip());
        files.put("Ethics Act.pdf", new byte[0]);
        files.put("Gazette 2019 (scan).pdf", big);

        List<Acknowledgement> taken = mail.take(message("Our answers and laws", files));

        assertThat(new SupportingDocuments(register).ofState("KEN")).extracting(Document::originalName)
                .containsExactly("Penal Code.pdf");
        assertThat(taken).filteredOn(a -> a.disposition() == Disposition.REFUSED).extracting(Acknowledgement::reasonCode)
                .containsExactlyInAnyOrder("NOT_A_DOCUMENT_PACKAGE", "EMPTY", "TOO_LARGE");
        assertThat(taken).filteredOn(a -> a.disposition() == Disposition.REFUSED)
                .allSatisfy(a -> assertThat(watch.resolve("archive").resolve(a.sha256())).exists());
        List<String> answers = queued();
        assertThat(answers).filteredOn(text -> text.startsWith("Checklist received")).singleElement().asString()
                .contains("  - Penal Code.pdf (PDF").doesNotContain("fakepath");
        assertThat(answers).anySatisfy(text -> assertThat(text).contains("Laws 2020.zip",
                "each law or other supporting document as a file of its own (PDF, Word, OpenDocument, spreadsheet or image)"));
        assertThat(answers).anySatisfy(text -> assertThat(text).contains("Ethics Act.pdf", "0 bytes", "Send the file again"));
        assertThat(answers).anySatisfy(text -> assertThat(text).contains("Gazette 2019 (scan).pdf",
                "If it is a law, a scan or another supporting document, send it in parts of less than 1 MB each"));
    }

    @Test
    void inTheStatesFolderAProtectedFileIsASupportingDocumentAndALawDroppedAgainIsListedWithTheNextReturn()
            throws Exception {
        Path kenya = Files.createDirectories(watch.resolve("inbox/KEN"));
        byte[] law = SupportingFiles.textPdf("Penal Code", "Section 46. Abuse of office.");
        drop(kenya, "penal-code.pdf", law);
        drop(kenya, "budget.xlsx", SupportingFiles.passwordProtected(workbook(), "kenya2026"));
        now = Instant.parse("2026-11-20T15:00:00Z");
        drop(kenya, "Penal Code (copy).pdf", law);

        Acknowledgement checklist = drop(kenya, "checklist.docx", returns.complete("KEN", Language.EN, 6));

        assertThat(checklist.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(new SupportingDocuments(register).ofState("KEN")).extracting(Document::originalName, Document::encrypted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("penal-code.pdf", false),
                        org.assertj.core.groups.Tuple.tuple("budget.xlsx", true));
        Path outbox = watch.resolve("outbox/KEN");
        assertThat(outbox.resolve("budget-" + sha8("budget.xlsx") + "-receipt.txt")).content()
                .contains("budget.xlsx (OFFICE", "if the reviewers need its text, please send a copy without the password",
                        "send the checklist you received (.docx) itself, without a password");
        assertThat(outbox.resolve("Penal-Code-copy-" + sha8("penal-code.pdf") + "-again-receipt.txt")).content()
                .contains("Penal Code (copy).pdf (PDF", "already received on 2 November 2026");
        assertThat(checklist.filesWritten().get(0)).content().contains("Checklist received",
                "Penal Code (copy).pdf (PDF", "already received on 2 November 2026", "budget.xlsx (OFFICE");
    }

    private Acknowledgement drop(Path stateFolder, String name, byte[] bytes) throws Exception {
        Path file = Files.write(stateFolder.resolve(name), bytes);
        return folder.take(file.toString(), watch.resolve("inbox").relativize(file).toString());
    }

    private String sha8(String documentName) {
        return new SupportingDocuments(register).ofState("KEN").stream().filter(d -> d.originalName().equals(documentName))
                .findFirst().orElseThrow().sha256().substring(0, 8);
    }

    /** An e-mail from Kenya's focal point with these attachments, in this order. */
    private static MimeMessage message(String subject, Map<String, byte[]> attachments) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("Focal Point <" + KEN + ">"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("returns@secretariat.test"));
        message.setSubject(subject);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find our return attached.");
        parts.addBodyPart(text);
        for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(attachment.getValue(), "application/octet-stream");
            part.setFileName(attachment.getKey());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            part.setHeader("Content-Transfer-Encoding", "base64");
            parts.addBodyPart(part);
        }
        message.setContent(parts);
        message.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The answers queued for the focal point: subject, a blank line, then the text. */
    private List<String> queued() throws Exception {
        MailQueue queue = MailQueue.under(watch);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(queue.folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(MailQueue.SUFFIX)).sorted().toList()) {
                MimeMessage answer = queue.read(file, queue.session());
                texts.add(answer.getSubject() + "\n\n" + MailWaits.text(answer));
            }
        }
        return texts;
    }

    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Commission budget 2026");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
