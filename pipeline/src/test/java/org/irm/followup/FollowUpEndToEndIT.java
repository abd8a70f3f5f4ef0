package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.SampleReviewer;
import org.irm.mail.MailQueue;
import org.irm.mail.MailSecurity;
import org.irm.mail.SmtpSender;
import org.irm.mail.SmtpSettings;
import org.irm.register.Deadline;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.submission.ChecklistFiles;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's acceptance, end to end through the irm commands on real folders and a real SMTP server
 * on 127.0.0.1, the day given to each command (no sleeps): Kenya's review with France and Senegal
 * drawn, its checklist issued and returned complete, review copies mailed to the drawn reviewers'
 * experts, their copies back (a copy from Brazil, not drawn, refused), merge, report, final, the
 * follow-up form filled and taken in, the tracker updated, and reminders only to those still
 * awaited, each sent once across a new desk over the same register.
 */
class FollowUpEndToEndIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)}));

        private static final String REVIEW = "uncac-2-KEN";
    private static final String KENYA = "focal.point@kenya.test";
    private static final String FRANCE = "expert@france.test";
    private static final String SENEGAL = "expert@senegal.test";
    private static final String BRAZIL = "focal.point@brazil.test";
    private static final String SECRETARIAT = "secretariat@unodc.test";

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @Test
    void aReviewGoesFromItsChecklistToTheFollowUpWithEveryoneToldOnceAndOnlyWhileAwaited() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=" + new String(Checklists.KEY, StandardCharsets.UTF_8), "irm.secretariat.email=" + SECRETARIAT,
                "irm.mail.from=irm@unodc.test");
        try (Register register = Register.open(irm.settings())) {
            register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.SELF_ASSESSMENT,
                    List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"), ReviewerAssignment.of("SEN", "global", "uncac")),
                    List.of(new Deadline("selfAssessment", LocalDate.of(2027, 3, 31)),
                            new Deadline("deskReview", LocalDate.of(2027, 5, 31))),
                    null, Instant.parse("2026-06-01T10:00:00Z")));
        }
        ok("focal-points", "add", "--state", "KEN", "--email", KENYA, "--name", "Ms. Wanjiru", "--language", "en");
        ok("focal-points", "add", "--state", "BRA", "--email", BRAZIL, "--language", "en");
        ok("experts", "add", "--review", REVIEW, "--state", "FRA", "--email", FRANCE, "--name", "Marie Curie", "--language", "fr");
        ok("experts", "add", "--review", REVIEW, "--state", "SEN", "--email", SENEGAL, "--name", "Aminata Diallo",
                "--language", "fr");
        Path outbox = home.resolve("watch-folders/outbox/KEN");

        // Nothing goes to the reviewers before Kenya's checklist is complete.
        ok("reminders", "--date", "2027-04-20");
        assertThat(irm.out()).contains("Queued on 2027-04-20: 0");

        // The checklist issued and returned complete.
        ok("checklist", "--state", "KEN", "--agency", "Ministry of Justice");
        Path issued = IrmCommandLine.onlyDocx(outbox, "checklist");
        new ChecklistFiller().fill(issued, Checklists.completeAnswers(new ChecklistFiles(Checklists.SEAL).manifest(issued), null),
                home.resolve("v1.docx"));
        ok("ingest", home.resolve("v1.docx").toString());
        assertThat(irm.out()).contains("0 findings");

        // The notifications queue one review copy for each drawn reviewer's expert; a second desk queues none again.
        ok("reminders", "--date", "2027-04-20");
        assertThat(irm.out()).contains("Queued on 2027-04-20: 2");
        ok("reminders", "--date", "2027-04-21");
        assertThat(irm.out()).contains("Queued on 2027-04-21: 0");
        deliverQueue();
        Path franceCopy = attachedCopy(FRANCE, "fra");
        Path senegalCopy = attachedCopy(SENEGAL, "sen");

        // France's copy comes back from its expert; Brazil, not drawn, is refused NOT_A_REVIEWER.
        Path franceReturned = SampleReviewer.open(franceCopy).as("Marie Curie", "2027-05-20T10:00:00Z")
                .note("uncac.9.1", NoteKind.RECOMMENDATION, "Publish every procurement award.")
                .save(home.resolve("fra-returned.docx"));
        ok("ingest", franceReturned.toString(), "--sender", FRANCE);
        assertThat(irm.run("ingest", franceReturned.toString(), "--sender", BRAZIL)).isEqualTo(2);
        assertThat(irm.out()).contains("NOT_A_REVIEWER");

        // Reviewers' comments reminder two days before the desk review is due: Senegal only, France's copy is in.
        JsonNode due = dryRun("2027-05-29").get("due");
        assertThat(recipients(due, "reviewer-comments")).containsExactly(SENEGAL);

        Path senegalReturned = SampleReviewer.open(senegalCopy).as("Aminata Diallo", "2027-05-21T08:00:00Z")
                .note("uncac.9.2", NoteKind.RECOMMENDATION, "Publish the budget.").save(home.resolve("sen-returned.docx"));
        ok("ingest", senegalReturned.toString(), "--sender", SENEGAL);
        assertThat(recipients(dryRun("2027-05-29").get("due"), "reviewer-comments")).as("every copy is in").isEmpty();

        // Merge, report, final: the report's recommendations are tracked.
        ok("merge", "--state", "KEN");
        assertThat(IrmCommandLine.onlyDocx(outbox, "merged-review-KEN")).isRegularFile();
        ok("report", "--state", "KEN");
        ok("review", "advance", "--state", "KEN", "--to", "desk-review");
        ok("review", "advance", "--state", "KEN", "--to", "final");
        JsonNode tracker = status();
        assertThat(tracker.path("totals").path("itemCount").asInt()).isEqualTo(2);
        assertThat(tracker.path("totals").path("byStatus").path("not-reported").asInt()).isEqualTo(2);

        // The follow-up reminder six weeks before the Group's first session (2027-06-14; with no session before it,
        // any update since the review counts) goes to Kenya while its update is awaited, and once.
        assertThat(recipients(dryRun("2027-05-03").get("due"), "follow-up")).containsExactly(KENYA);
        ok("reminders", "--date", "2027-05-03");
        ok("reminders", "--date", "2027-05-03");
        assertThat(irm.out()).contains("Queued on 2027-05-03: 0");
        deliverQueue();
        assertThat(received(KENYA, "Reminder")).hasSize(1);

        // The follow-up form filled and taken in: the tracker shows the update, no reminder follows.
        ok("followup", "form", "--state", "KEN");
        Path form = IrmCommandLine.onlyDocx(outbox, "followup-KEN");
        Path filled = home.resolve("returned/followup-KEN.docx");
        Files.createDirectories(filled.getParent());
        new ChecklistFiller().fill(form, Map.of(
                FieldId.parse("uncac.9.1/fu-r01-status"), "implemented",
                FieldId.parse("uncac.9.1/fu-r01-measures"), "Awards are published online since June."), filled);
        ok("ingest", filled.toString(), "--state", "KEN");
        tracker = status();
        assertThat(tracker.path("totals").path("byStatus").path("implemented").asInt()).isEqualTo(1);
        assertThat(tracker.path("totals").path("byStatus").path("not-reported").asInt()).isEqualTo(1);
        assertThat(recipients(dryRun("2027-05-31").get("due"), "follow-up")).as("the update is in").isEmpty();

        // Every reviewer was told once: one review copy each.
        assertThat(received(FRANCE, "")).hasSize(1);
        assertThat(received(SENEGAL, "")).hasSize(1);
    }

    private void ok(String... args) {
        irm.clearOutput();
        assertThat(irm.run(args)).as(String.join(" ", args) + ": " + irm.err() + irm.out()).isZero();
    }

    private JsonNode dryRun(String date) throws Exception {
        ok("reminders", "--date", date, "--dry-run", "--json");
        return new ObjectMapper().readTree(irm.out());
    }

    private JsonNode status() throws Exception {
        ok("followup", "status", "--state", "KEN", "--json");
        return new ObjectMapper().readTree(irm.out());
    }

    private static List<String> recipients(JsonNode due, String kind) {
        List<String> to = new ArrayList<>();
        due.forEach(n -> {
            if (kind.equals(n.path("kind").asText())) {
                to.add(n.path("recipient").asText());
            }
        });
        return to;
    }

    /** Hands every queued message to the SMTP server, as the replies route of irm run does. */
    private void deliverQueue() throws Exception {
        SmtpSender smtp = new SmtpSender(new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), MailSecurity.NONE, "", "",
                "irm@unodc.test"));
        MailQueue queue = MailQueue.under(home.resolve("watch-folders"));
        try (Stream<Path> files = Files.list(queue.folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(MailQueue.SUFFIX)).sorted().toList()) {
                smtp.send(queue.read(file, smtp.session()), () -> queue.sent(file));
            }
        }
    }

    private static List<MimeMessage> received(String address, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address) && message.getSubject().startsWith(subject)) {
                found.add(message);
            }
        }
        return found;
    }

    /** The one message the expert received, its one .docx attachment saved. */
    private Path attachedCopy(String address, String name) throws Exception {
        List<MimeMessage> messages = received(address, "");
        assertThat(messages).as("messages to " + address).hasSize(1);
        Multipart parts = (Multipart) messages.get(0).getContent();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                try (InputStream in = parts.getBodyPart(i).getInputStream()) {
                    files.put(parts.getBodyPart(i).getFileName(), in.readAllBytes());
                }
            }
        }
        assertThat(files).hasSize(1);
        assertThat(files.keySet().iterator().next()).endsWith(".docx");
        return Files.write(home.resolve("received-" + name + ".docx"), files.values().iterator().next());
    }
}
