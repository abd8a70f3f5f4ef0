package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.documents.ReceiptListing;
import org.irm.documents.SupportingDesk;
import org.irm.documents.SupportingIntake;
import org.irm.register.Register;
import org.irm.register.SupportingDocuments;
import org.irm.register.SupportingDocuments.Document;
import org.irm.submission.ReturnDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.SupportingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Supporting documents dropped in a State's inbox folder, next to its checklist, on the real desk and register. */
class SupportingDocumentsFolderTest {

    @TempDir
    Path home;

    @Test
    void filesDroppedInAStatesFolderAreItsSupportingDocumentsAndItsNextReceiptListsThem() throws Exception {
        Map<String, String> settings = ReturnsFixture.settings(home);
        settings.put("irm.inbox.poll.ms", "100");
        settings.put("irm.inbox.settle.ms", "300");
        IrmConfig config = IrmConfig.of(settings);
        byte[] checklist = new ReturnsFixture(home.resolve("fixtures")).complete("KEN", Language.EN, 1);
        try (Register register = Register.open(config)) {
            ReturnDesks desks = ReturnDesks.over(config, register, Clock.systemUTC());
            ReturnDesk desk = desks.open(List.of(desks.checklists(new ReceiptListing(SupportingDesk.over(config, register)))));
            CamelContext camel = new DefaultCamelContext();
            new IntakeDaemon(config, desk, register, null, Clock.systemUTC())
                    .takingSupportingDocuments(SupportingIntake.over(config, register)).addTo(camel);
            NotifyBuilder documents = new NotifyBuilder(camel).fromRoute("inbox").whenDone(3).create();
            NotifyBuilder all = new NotifyBuilder(camel).fromRoute("inbox").whenDone(4).create();
            camel.start();
            try {
                Path kenya = Files.createDirectories(home.resolve("watch-folders/inbox/KEN"));
                Files.write(kenya.resolve("penal-code.pdf"), SupportingFiles.textPdf("Penal Code", "Section 46. Abuse of office."));
                Files.write(kenya.resolve("Ethics Act.docx"), SupportingFiles.wordLaw("Ethics Act", "Conflicts of interest."));
                Files.write(kenya.resolve("setup.exe"), SupportingFiles.program());
                assertThat(documents.matches(120, TimeUnit.SECONDS)).as("three files taken").isTrue();
                Files.write(kenya.resolve("checklist.docx"), checklist);
                assertThat(all.matches(120, TimeUnit.SECONDS)).as("the checklist taken").isTrue();

                assertThat(new SupportingDocuments(register).ofState("KEN")).extracting(Document::originalName)
                        .containsExactlyInAnyOrder("penal-code.pdf", "Ethics Act.docx");
                Path outbox = home.resolve("watch-folders/outbox/KEN");
                assertThat(outbox.resolve(receipt(outbox, "penal-code-"))).content(StandardCharsets.UTF_8)
                        .contains("Supporting documents received", "penal-code.pdf (PDF");
                assertThat(outbox.resolve(receipt(outbox, "checklist-"))).content(StandardCharsets.UTF_8)
                        .contains("Checklist received", "penal-code.pdf (PDF", "Ethics Act.docx (DOCX");
                try (Stream<Path> rejected = Files.list(home.resolve("watch-folders/rejected"))) {
                    assertThat(rejected.map(p -> p.getFileName().toString()))
                            .anyMatch(name -> name.startsWith("setup-") && name.endsWith(".exe"));
                }
                try (Stream<Path> left = Files.walk(home.resolve("watch-folders/inbox"))) {
                    assertThat(left.filter(Files::isRegularFile)).as("nothing stays in the inbox").isEmpty();
                }
            } finally {
                camel.stop();
            }
        }
    }

    private static String receipt(Path outbox, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith("-receipt.txt"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "*-receipt.txt in " + outbox));
        }
    }
}
