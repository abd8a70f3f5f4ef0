package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.documents.ReceiptListing;
import org.irm.documents.SupportingDesk;
import org.irm.documents.SupportingIntake;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.SupportingDocuments;
import org.irm.register.SupportingDocuments.Document;
import org.irm.submission.ReturnDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.SupportingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19.3's acceptance through a real IMAP/SMTP server on 127.0.0.1: a focal point's e-mail with its checklist
 * and three supporting documents (a text PDF, a scanned PDF, a Word law), then one with an encrypted PDF and a
 * program.
 */
class SupportingDocumentsMailIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ReturnMails.server();

    private static final String RETURNS = "returns@secretariat.test";
    private static final String KEN = "focal@kenya.test";

    @TempDir
    Path home;

    @Test
    void aChecklistWithThreeDocumentsIsOneReturnAndThreeSupportingDocumentsListedInItsReceipt() throws Exception {
        Map<String, String> settings = ReturnsFixture.settings(home);
        settings.putAll(ReturnMails.mailSettings(MAIL, RETURNS));
        settings.put("irm.mail.imap.poll.ms", "200");
        settings.put("irm.mail.queue.poll.ms", "100");
        IrmConfig config = IrmConfig.of(settings);
        MAIL.setUser(RETURNS, "returns", "secret");
        byte[] checklist = new ReturnsFixture(home.resolve("fixtures")).complete("KEN", Language.EN, 1);
        Map<String, byte[]> first = new LinkedHashMap<>();
        first.put("checklist-KEN.docx", checklist);
        first.put("Anti-Corruption Act 2020.pdf", SupportingFiles.textPdf("Anti-Corruption Act 2020",
                "Section 1. Short title.", "Section 12. Whistleblowers are protected from retaliation."));
        first.put("Procurement regulations (scan).pdf", SupportingFiles.scannedPdf(3));
        first.put("Public Officers Ethics Act.docx", SupportingFiles.wordLaw("Public Officers Ethics Act",
                "Every public officer shall declare income, assets and liabilities."));
        Map<String, byte[]> second = new LinkedHashMap<>();
        second.put("Asset declarations (protected).pdf", SupportingFiles.encryptedPdf("Declarations of 2025"));
        second.put("viewer.exe", SupportingFiles.program());

        try (Register register = Register.open(config)) {
            ReturnDesks desks = ReturnDesks.over(config, register, Clock.systemUTC());
            new FocalPoints(register).add(new FocalPoint("KEN", KEN, null, Language.EN), "test");
            ReturnDesk desk = desks.open(List.of(desks.checklists(new ReceiptListing(SupportingDesk.over(config, register)))));
            CamelContext camel = new DefaultCamelContext();
            new IntakeDaemon(config, desk, register, null, Clock.systemUTC())
                    .takingSupportingDocuments(SupportingIntake.over(config, register)).addTo(camel);
            NotifyBuilder read = new NotifyBuilder(camel).fromRoute("mailbox").whenDone(2).create();
            camel.start();
            try {
                ReturnMails.send(MAIL, "Focal Point <" + KEN + ">", RETURNS, "Our answers and laws", first);
                ReturnMails.send(MAIL, "Focal Point <" + KEN + ">", RETURNS, "One more", second);
                assertThat(read.matches(180, TimeUnit.SECONDS)).as("both messages were read").isTrue();
                List<MimeMessage> answers = MailWaits.answersTo(MAIL, KEN, 3);

                assertThat(register.submissionBySha256(RecordingDesk.sha256(checklist)))
                        .hasValueSatisfying(s -> assertThat(s.outcome()).isEqualTo(Outcome.ACCEPTED));
                List<Document> documents = new SupportingDocuments(register).ofState("KEN");
                assertThat(documents).extracting(Document::originalName).containsExactlyInAnyOrder(
                        "Anti-Corruption Act 2020.pdf", "Procurement regulations (scan).pdf",
                        "Public Officers Ethics Act.docx", "Asset declarations (protected).pdf");
                assertThat(documents).filteredOn(d -> d.originalName().contains("scan"))
                        .singleElement().satisfies(d -> assertThat(d.textLayer()).isFalse());
                assertThat(documents).filteredOn(d -> d.originalName().contains("protected"))
                        .singleElement().satisfies(d -> assertThat(d.encrypted()).isTrue());

                String receipt = only(answers, "Checklist received");
                assertThat(receipt).contains("Anti-Corruption Act 2020.pdf (PDF", "Procurement regulations (scan).pdf (PDF",
                        "Public Officers Ethics Act.docx (DOCX", "no text could be read (a scan or an image)");
                String documentsReceipt = only(answers, "Supporting documents received");
                assertThat(documentsReceipt).contains("Asset declarations (protected).pdf",
                        "protected by a password: kept, its text not read").doesNotContain("viewer.exe");
                assertThat(only(answers, "File not accepted")).contains("viewer.exe", "NOT_WORD");
                assertThat(SupportingDesk.over(config, register).search("whistleblowers", "KEN", 10)).singleElement()
                        .satisfies(hit -> {
                            assertThat(hit.document()).isEqualTo("Anti-Corruption Act 2020.pdf");
                            assertThat(hit.page()).isEqualTo(2);
                        });
            } finally {
                camel.stop();
            }
        }
    }

    private static String only(List<MimeMessage> answers, String subjectStart) {
        List<MimeMessage> matching = answers.stream().filter(m -> MailWaits.subject(m).startsWith(subjectStart)).toList();
        assertThat(matching).as("one answer '%s...' among %s", subjectStart,
                answers.stream().map(MailWaits::subject).toList()).hasSize(1);
        return MailWaits.text(matching.get(0));
    }
}
