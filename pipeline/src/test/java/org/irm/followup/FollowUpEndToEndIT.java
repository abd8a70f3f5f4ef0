package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.catalogue.FieldId;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.SampleReviewer;
import org.irm.identity.FieldMarks;
import org.irm.intake.IrmRunProcess;
import org.irm.intake.ReturnMails;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.irm.register.ReviewRecord;
import org.irm.submission.ChecklistFiles;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Eventually;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's acceptance, end to end on real folders, a real IMAP and SMTP server on 127.0.0.1
 * (GreenMail) and {@code irm run} as its own process, every command and process given its day by
 * {@code irm.clock.start} (no sleeps: each wait is for an outcome, bounded). Kenya and Uganda are
 * drawn by lot ({@code irm lots}, seeded); Kenya's checklist comes back by e-mail through the
 * mailbox route; review copies go by e-mail to the drawn reviewers' experts; {@code irm run} is
 * killed with kill -9 and restarted, and sends nothing twice; the self-assessment reminder goes to
 * Uganda alone (Kenya's checklist is in), a State not drawn is refused {@code NOT_A_REVIEWER}, the
 * reviewers' comments reminder goes to the reviewer whose copy is awaited alone; the secretariat is
 * told the merge is ready and Kenya that its draft report is; merge, report, final; the follow-up
 * reminder goes to Kenya once; the follow-up form is filled in LibreOffice through its own API and
 * dropped back into Kenya's inbox folder; the tracker shows the update; and Kenya is reminded again
 * before the Group's next session until an update newer than the last session comes in.
 */
class FollowUpEndToEndIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ReturnMails.server();

    private static final String REVIEW = "uncac-2-KEN";
    private static final String RETURNS = "returns@unodc.test";
    private static final String KENYA = "focal.point@kenya.test";
    private static final String UGANDA = "focal.point@uganda.test";
    private static final String SECRETARIAT = "secretariat@unodc.test";
    private static final Duration WAIT = Duration.ofSeconds(240);

    @TempDir
    Path home;

    private IrmCommandLine irm;
    private final List<IrmRunProcess> started = new ArrayList<>();

    @AfterEach
    void stopEveryProcessThenTheRegister() throws Exception {
        for (IrmRunProcess run : started) {
            if (run.alive()) {
                run.kill();
            }
        }
        if (irm != null) {
            // The commands leave the embedded register open in this JVM; with AUTO_SERVER=TRUE, H2's lock watchdog
            // would re-create the lock file while JUnit deletes the temp folder.
            RegisterDatabase database = RegisterDatabase.from(irm.settings());
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                 Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        }
    }

    @Test
    void aReviewGoesFromTheDrawToTheFollowUpWithEveryoneToldOnceAndOnlyWhileAwaited() throws Exception {
        LibreOffice.require();
        MAIL.setUser(RETURNS, "returns", "secret");
        irm = IrmCommandLine.in(home, settings());
        Path outbox = home.resolve("watch-folders/outbox/KEN");

        // The draw by lot, on its day: Kenya and Uganda under review, their reviewers drawn from the seed.
        at("2027-02-01");
        ok("lots", "--under", "KEN,UGA", "--year", "2027", "--seed", "irm-e2e-2027", "--out", home.resolve("lots").toString());
        List<String> reviewers = reviewersOfKenya();
        assertThat(reviewers).as(irm.out()).hasSize(2).doesNotContain("KEN");
        String first = reviewers.get(0);
        String second = reviewers.get(1);
        String stranger = List.of("BRA", "CHL", "MEX", "ARG").stream().filter(s -> !reviewers.contains(s)).findFirst()
                .orElseThrow();
        ok("focal-points", "add", "--state", "KEN", "--email", KENYA, "--name", "Ms. Wanjiru", "--language", "en");
        ok("focal-points", "add", "--state", "UGA", "--email", UGANDA, "--language", "en");
        ok("focal-points", "add", "--state", stranger, "--email", focalPoint(stranger), "--language", "en");
        for (String reviewer : reviewers) {
            ok("experts", "add", "--review", REVIEW, "--state", reviewer, "--email", expert(reviewer), "--language", "en");
        }

        // Kenya's checklist issued; six weeks on, both States are awaited for their self-assessment.
        at("2027-02-05");
        ok("checklist", "--state", "KEN");
        Path issued = IrmCommandLine.onlyDocx(outbox, "checklist");
        Path filled = home.resolve("kenya-checklist.docx");
        new ChecklistFiller().fill(issued, Checklists.completeAnswers(new ChecklistFiles(Checklists.SEAL).manifest(issued), null),
                filled);
        assertThat(recipients(dryRun("2027-03-18"), "self-assessment")).containsExactlyInAnyOrder(KENYA, UGANDA);

        // irm run on 10 March: Kenya's checklist comes in through the mailbox; the drawn reviewers' experts get their copies.
        at("2027-03-10");
        IrmRunProcess run = start("first");
        ReturnMails.send(MAIL, KENYA, RETURNS, "Self-assessment of Kenya", Map.of("kenya-checklist.docx",
                Files.readAllBytes(filled)));
        await("Kenya's receipt and a review copy to each drawn reviewer", run, () -> !mailsTo(KENYA, "Checklist received").isEmpty()
                && !mailsTo(expert(first), "Review copy:").isEmpty() && !mailsTo(expert(second), "Review copy:").isEmpty());

        // kill -9, and irm run again on 20 March: Uganda alone is reminded, nothing already sent goes again.
        run.kill();
        at("2027-03-20");
        run = start("second");
        await("Uganda's self-assessment reminder", run, () -> !mailsTo(UGANDA, "Reminder").isEmpty());
        assertThat(mailsTo(KENYA, "Reminder")).as("Kenya's checklist is in").isEmpty();

        // A State that was not drawn sends a review copy: refused NOT_A_REVIEWER; the first reviewer's expert's is taken.
        Path firstCopy = SampleReviewer.open(attachment(mailsTo(expert(first), "Review copy:").get(0), "first-copy"))
                .as("Expert of " + first, "2027-03-25T10:00:00Z")
                .note("uncac.9.1", NoteKind.RECOMMENDATION, "Publish every procurement award.")
                .save(home.resolve("first-returned.docx"));
        ReturnMails.send(MAIL, focalPoint(stranger), RETURNS, "Our comments", Map.of("review.docx", Files.readAllBytes(firstCopy)));
        await("the stranger's refusal", run, () -> !mailsTo(focalPoint(stranger), "").isEmpty());
        assertThat(text(mailsTo(focalPoint(stranger), "").get(0))).contains("NOT_A_REVIEWER");
        // Taken in by hand from the same address, it is refused and answered there by mail the same way.
        irm.clearOutput();
        assertThat(irm.run("ingest", firstCopy.toString(), "--sender", focalPoint(stranger))).isEqualTo(2);
        assertThat(irm.out()).contains("NOT_A_REVIEWER");
        await("the stranger's second refusal", run, () -> mailsTo(focalPoint(stranger), "").size() == 2);
        assertThat(text(mailsTo(focalPoint(stranger), "").get(1))).contains("NOT_A_REVIEWER");
        ReturnMails.send(MAIL, expert(first), RETURNS, "Our comments", Map.of("review.docx", Files.readAllBytes(firstCopy)));
        await("the first reviewer thanked", run, () -> !mailsTo(expert(first), "Review copy received").isEmpty());

        // Two days before the desk review is due, only the reviewer whose copy is awaited is reminded, once.
        at("2027-04-29");
        ok("reminders");
        assertThat(irm.out()).contains("Queued on 2027-04-29: 1");
        ok("reminders");
        assertThat(irm.out()).contains("Queued on 2027-04-29: 0");
        await("the second reviewer's reminder", run, () -> !mailsTo(expert(second), "Reminder").isEmpty());
        assertThat(mailsTo(expert(first), "Reminder")).isEmpty();

        // The second copy comes in: the secretariat is told the merge is ready.
        Path secondCopy = SampleReviewer.open(attachment(mailsTo(expert(second), "Review copy:").get(0), "second-copy"))
                .as("Expert of " + second, "2027-04-30T08:00:00Z")
                .note("uncac.9.2", NoteKind.RECOMMENDATION, "Publish the budget.").save(home.resolve("second-returned.docx"));
        ReturnMails.send(MAIL, expert(second), RETURNS, "Comments", Map.of("review.docx", Files.readAllBytes(secondCopy)));
        await("the merge-ready notice", run, () -> !mailsTo(SECRETARIAT, "Review of Kenya: every reviewer's copy is in").isEmpty());

        // Merge and report: Kenya is told its draft is ready; then the review moves to final.
        at("2027-05-05");
        ok("merge", "--state", "KEN");
        ok("report", "--state", "KEN", "--kind", "report");
        await("the draft-ready notice", run, () -> !mailsTo(KENYA, "Draft country report of Kenya ready").isEmpty());
        at("2027-05-10");
        ok("review", "advance", "--state", "KEN", "--to", "desk-review");
        ok("review", "advance", "--state", "KEN", "--to", "final");
        String advanced = irm.out();
        JsonNode tracker = status();
        assertThat(tracker.path("totals").path("itemCount").asInt()).as(advanced + tracker).isEqualTo(2);
        assertThat(tracker.path("totals").path("byStatus").path("not-reported").asInt()).isEqualTo(2);

        // Two weeks before the Group's session of 14 June, Kenya is reminded of its follow-up update, once.
        at("2027-05-31");
        ok("reminders");
        assertThat(irm.out()).contains("Queued on 2027-05-31: 1");
        ok("reminders");
        assertThat(irm.out()).contains("Queued on 2027-05-31: 0");
        await("Kenya's follow-up reminder", run, () -> !mailsTo(KENYA, "Reminder: follow-up update").isEmpty());
        assertThat(run.stop()).as("irm run stops on SIGTERM").isTrue();

        // Every message went once, across the kill.
        assertThat(mailsTo(expert(first), "Review copy:")).hasSize(1);
        assertThat(mailsTo(expert(second), "Review copy:")).hasSize(1);
        assertThat(mailsTo(UGANDA, "Reminder")).hasSize(1);
        assertThat(mailsTo(expert(second), "Reminder")).hasSize(1);
        assertThat(mailsTo(SECRETARIAT, "Review of Kenya")).hasSize(1);
        assertThat(mailsTo(KENYA, "Draft country report")).hasSize(1);
        assertThat(mailsTo(KENYA, "Reminder")).hasSize(1);
        assertThat(mailsTo(KENYA, "Checklist received")).hasSize(1);

        // The follow-up form, filled in LibreOffice through its own API, dropped into Kenya's inbox folder on 2 June.
        at("2027-06-01");
        ok("followup", "form", "--state", "KEN");
        Path form = IrmCommandLine.onlyDocx(outbox, "followup-KEN");
        Path inLibreOffice = LibreOffice.fillFollowUpForm(form, home.resolve("libreoffice/followup-KEN-filled.docx"), List.of(
                Map.of("bookmark", FieldMarks.bookmark(FieldId.parse("uncac.9.1/fu-r01-status")), "choose", "Implemented"),
                Map.of("bookmark", FieldMarks.bookmark(FieldId.parse("uncac.9.1/fu-r01-measures")),
                        "fill", "Awards are published online since June.")), List.of());
        at("2027-06-02");
        run = start("third");
        Path inbox = Files.createDirectories(home.resolve("watch-folders/inbox/KEN"));
        Files.copy(inLibreOffice, inbox.resolve("followup-KEN-filled.docx"));
        JsonNode updated = Eventually.await("the tracker updated from the form", WAIT, this::status,
                t -> t.path("totals").path("byStatus").path("implemented").asInt() == 1);
        assertThat(updated.path("totals").path("byStatus").path("not-reported").asInt()).isEqualTo(1);
        assertThat(run.stop()).isTrue();

        // The update came before the session of 14 June: before the resumed session (6 September) Kenya is asked again,
        // until an update newer than 14 June comes in.
        assertThat(recipients(dryRun("2027-07-26"), "follow-up")).containsExactly(KENYA);
        at("2027-07-01");
        ok("followup", "form", "--state", "KEN");
        Path july = newest(outbox, "followup-KEN");
        Path julyFilled = home.resolve("returned/followup-KEN-july.docx");
        Files.createDirectories(julyFilled.getParent());
        new ChecklistFiller().fill(july, Map.of(FieldId.parse("uncac.9.2/fu-r01-status"), "in-progress",
                FieldId.parse("uncac.9.2/fu-r01-measures"), "The budget law is before Parliament."), julyFilled);
        ok("ingest", julyFilled.toString(), "--state", "KEN");
        assertThat(recipients(dryRun("2027-07-26"), "follow-up")).as("an update since 14 June is in").isEmpty();
    }

    private String[] settings() {
        List<String> settings = new ArrayList<>(List.of(
                "irm.templates=" + Path.of(System.getProperty("irm.templates", "../templates")).toAbsolutePath(),
                "irm.secret.key=" + new String(Checklists.KEY, StandardCharsets.UTF_8),
                // irm run and the commands share the register while it runs.
                "irm.db.url=jdbc:h2:file:./irm-data/register;AUTO_SERVER=TRUE;WRITE_DELAY=0",
                "irm.secretariat.email=" + SECRETARIAT,
                "irm.instance.id=e2e-instance",
                "irm.inbox.poll.ms=200", "irm.inbox.settle.ms=500",
                "irm.mail.imap.poll.ms=200", "irm.mail.queue.poll.ms=100",
                "irm.notices.period.ms=300", "irm.reports.auto=false"));
        ReturnMails.mailSettings(MAIL, RETURNS).forEach((key, value) -> settings.add(key + "=" + value));
        return settings.toArray(String[]::new);
    }

    /** The day every command run next, and every irm run started next, takes as today (09:00 UTC). */
    private void at(String day) {
        irm.set("irm.clock.start", day + "T09:00:00Z");
    }

    private IrmRunProcess start(String name) throws IOException {
        IrmRunProcess run = IrmRunProcess.start(name, irm.config());
        started.add(run);
        return run;
    }

    /** The form written last: the folder keeps the earlier ones, never overwritten. */
    private static Path newest(Path folder, String prefix) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".docx"))
                    .max(Comparator.comparing((Path f) -> f.toFile().lastModified()).thenComparing(Path::toString))
                    .orElseThrow(() -> new AssertionError("No " + prefix + "*.docx in " + folder));
        }
    }

    private List<String> reviewersOfKenya() {
        try (Register register = Register.open(irm.settings())) {
            return register.reviews().find(REVIEW).map(ReviewRecord::reviewingStates).orElseThrow();
        }
    }

    private static String expert(String iso3) {
        return "expert@" + iso3.toLowerCase(Locale.ROOT) + ".test";
    }

    private static String focalPoint(String iso3) {
        return "focal.point@" + iso3.toLowerCase(Locale.ROOT) + ".test";
    }

    private void ok(String... args) {
        irm.clearOutput();
        assertThat(irm.run(args)).as(String.join(" ", args) + ": " + irm.err() + irm.out()).isZero();
    }

    private JsonNode dryRun(String date) throws Exception {
        ok("reminders", "--date", date, "--dry-run", "--json");
        return new ObjectMapper().readTree(irm.out()).get("due");
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

    private static void await(String what, IrmRunProcess run, Callable<Boolean> done) {
        try {
            Eventually.await(what, WAIT, () -> {
                if (!run.alive()) {
                    throw new AssertionError("irm run ended before " + what + "\n" + run.log());
                }
                return done.call();
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + run.log(), e);
        }
    }

    /** The messages the SMTP server received for the address whose subject begins so. */
    private static List<MimeMessage> mailsTo(String address, String subject) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))
                    && message.getSubject() != null && message.getSubject().startsWith(subject)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    text.append(parts.getBodyPart(i).getContent());
                }
            }
            return text.toString();
        }
        return content.toString();
    }

    /** The message's one .docx attachment, saved. */
    private Path attachment(MimeMessage message, String name) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(".docx")) {
                try (InputStream in = part.getInputStream()) {
                    files.add(in.readAllBytes());
                }
            }
        }
        assertThat(files).as("the .docx attached to " + message.getSubject()).hasSize(1);
        return Files.write(home.resolve(name + ".docx"), files.get(0));
    }
}
