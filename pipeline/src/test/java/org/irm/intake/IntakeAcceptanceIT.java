package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.IntakeRegister;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.SubmissionRecord;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.ReturnDesk;
import org.irm.submission.ReturnDesks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake end to end, on the real desk and register: 50 files dropped into real folders and 10
 * e-mails with one to three attachments through a real IMAP/SMTP server on 127.0.0.1.
 */
class IntakeAcceptanceIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ReturnMails.server();

    private static final String RETURNS = "returns@secretariat.test";
    private static final String KEN = "focal@kenya.test";
    private static final String FRA = "point.focal@france.test";
    private static final String EGY = "focal@egypt.test";
    private static final String STRANGER = "someone@elsewhere.test";

    /** What should become of one file. */
    record Case(String name, String folder, byte[] bytes, Disposition disposition, String reason, Language language) {
        String sha256() {
            return RecordingDesk.sha256(bytes);
        }
    }

    /** The real desk, watched: every acknowledgement is kept by the file's original name. */
    static final class ObservedDesk implements ReturnDesk {
        final ReturnDesk desk;
        final Map<String, Acknowledgement> byName = new ConcurrentHashMap<>();

        ObservedDesk(ReturnDesk desk) {
            this.desk = desk;
        }

        @Override
        public Acknowledgement take(Arrival arrival) {
            Acknowledgement acknowledgement = desk.take(arrival);
            byName.put(arrival.originalName(), acknowledgement);
            return acknowledgement;
        }

        @Override
        public List<Acknowledgement> finishUnfinished() {
            return desk.finishUnfinished();
        }
    }

    @TempDir
    Path home;

    @Test
    void everyFileDroppedOrMailedIsRegisteredOrRefusedForTheRightReasonAndEverySenderIsAnswered() throws Exception {
        ReturnsFixture returns = new ReturnsFixture(home.resolve("fixtures"));
        Map<String, String> settings = ReturnsFixture.settings(home);
        settings.putAll(mailSettings());
        IrmConfig config = IrmConfig.of(settings);
        Register register = Register.open(config);
        ObservedDesk desk = new ObservedDesk(ReturnDesks.open(config, register, Clock.systemUTC()));
        new FocalPoints(register).add(new FocalPoint("KEN", KEN, null, null), "test");
        new FocalPoints(register).add(new FocalPoint("FRA", FRA, null, null), "test");
        new FocalPoints(register).add(new FocalPoint("EGY", EGY, null, null), "test");
        MAIL.setUser(RETURNS, "returns", "secret");

        List<Case> dropped = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            dropped.add(registered("ken-" + i + ".docx", "", returns.complete("KEN", Language.EN, i), Language.EN));
        }
        for (int i = 1; i <= 7; i++) {
            dropped.add(registered("fra-" + i + ".docx", "FRA", returns.complete("FRA", Language.FR, i), Language.FR));
        }
        for (int i = 1; i <= 5; i++) {
            dropped.add(registered("egy-" + i + ".docx", "", returns.complete("EGY", Language.AR, i), Language.AR));
        }
        for (int i = 1; i <= 4; i++) {
            dropped.add(registered("ken-findings-" + i + ".docx", "", returns.withFindings("KEN", Language.EN, i), Language.EN));
        }
        for (int i = 1; i <= 3; i++) {
            dropped.add(registered("fra-findings-" + i + ".docx", "", returns.withFindings("FRA", Language.FR, i), Language.FR));
            dropped.add(registered("egy-findings-" + i + ".docx", "", returns.withFindings("EGY", Language.AR, i), Language.AR));
        }
        for (int i = 1; i <= 5; i++) {
            dropped.add(refused("egy-in-kenya-" + i + ".docx", "KEN", returns.complete("EGY", Language.AR, 50 + i),
                    "FOREIGN_STATE", Language.AR));
            dropped.add(refused("corrupt-" + i + ".docx", "", returns.corrupt("KEN", Language.EN, i), "CORRUPT", null));
        }
        for (int i = 1; i <= 3; i++) {
            dropped.add(refused("letter-" + i + ".docx", "", ReturnsFixture.text(i), "NOT_WORD", null));
        }
        for (int i = 1; i <= 2; i++) {
            dropped.add(refused("scan-" + i + ".pdf", "", ("%PDF-1.4\n% scan " + i + "\n").getBytes(), "NOT_WORD", null));
        }
        List<Case> duplicates = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            duplicates.add(new Case("ken-" + i + " (copy).docx", "", dropped.get(i - 1).bytes(), Disposition.DUPLICATE,
                    null, Language.EN));
        }
        assertThat(dropped.size() + duplicates.size()).isEqualTo(50);

        Map<String, List<Case>> mails = new LinkedHashMap<>();
        mails.put("1 " + KEN, List.of(registered("m1-ken.docx", null, returns.complete("KEN", Language.EN, 101), Language.EN)));
        mails.put("2 " + KEN, List.of(
                registered("m2-ken.docx", null, returns.complete("KEN", Language.EN, 102), Language.EN),
                registered("m2-ken-findings.docx", null, returns.withFindings("KEN", Language.EN, 103), Language.EN)));
        mails.put("3 " + FRA, List.of(
                registered("m3-fra.docx", null, returns.complete("FRA", Language.FR, 101), Language.FR),
                refused("m3-letter.docx", null, ReturnsFixture.text(103), "NOT_WORD", null)));
        mails.put("4 " + EGY, List.of(registered("m4-egy.docx", null, returns.complete("EGY", Language.AR, 101), Language.AR)));
        mails.put("5 " + KEN, List.of(refused("m5-egy-from-kenya.docx", null, returns.complete("EGY", Language.AR, 102),
                "FOREIGN_STATE", Language.AR)));
        mails.put("6 " + STRANGER, List.of(refused("m6-ken-from-stranger.docx", null,
                returns.complete("KEN", Language.EN, 104), "UNKNOWN_SENDER", Language.EN)));
        mails.put("7 " + FRA, List.of(
                refused("m7-corrupt.docx", null, returns.corrupt("FRA", Language.FR, 7), "CORRUPT", null),
                refused("m7-scan.pdf", null, "%PDF-1.4\n% m7\n".getBytes(), "NOT_WORD", null)));
        mails.put("8 " + EGY, List.of(registered("m8-egy-findings.docx", null, returns.withFindings("EGY", Language.AR, 102),
                Language.AR)));
        mails.put("9 " + KEN, List.of(new Case("m9-ken-again.docx", null, dropped.get(5).bytes(), Disposition.DUPLICATE,
                null, Language.EN)));
        mails.put("10 " + FRA, List.of(
                registered("m10-fra.docx", null, returns.complete("FRA", Language.FR, 102), Language.FR),
                registered("m10-fra-findings.docx", null, returns.withFindings("FRA", Language.FR, 103), Language.FR),
                new Case("m10-fra-again.docx", null, dropped.get(8).bytes(), Disposition.DUPLICATE, null, Language.FR)));

        try (IntakeRunning intake = IntakeRunning.prepare(home, desk, settings)) {
            NotifyBuilder firstBatch = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(dropped.size()).create();
            NotifyBuilder allDropped = new NotifyBuilder(intake.camel).fromRoute("inbox").whenDone(50).create();
            NotifyBuilder allMail = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenDone(mails.size()).create();
            intake.start();
            drop(intake.inbox(), dropped);
            assertThat(firstBatch.matches(240, TimeUnit.SECONDS)).as("the first %d files were taken", dropped.size()).isTrue();
            drop(intake.inbox(), duplicates);
            for (Map.Entry<String, List<Case>> mail : mails.entrySet()) {
                send(mail.getKey().substring(mail.getKey().indexOf(' ') + 1), "Return " + mail.getKey(), mail.getValue());
            }
            assertThat(allDropped.matches(120, TimeUnit.SECONDS)).as("all 50 dropped files were taken").isTrue();
            assertThat(allMail.matches(240, TimeUnit.SECONDS)).as("all 10 messages were read").isTrue();

            List<Case> all = new ArrayList<>(dropped);
            all.addAll(duplicates);
            mails.values().forEach(all::addAll);
            IntakeRegister intakeRegister = new IntakeRegister(register);
            for (Case expected : all) {
                Acknowledgement ack = desk.byName.get(expected.name());
                assertThat(ack).as("%s was taken", expected.name()).isNotNull();
                assertThat(ack.sha256()).as("%s arrived unchanged", expected.name()).isEqualTo(expected.sha256());
                assertThat(ack.disposition()).as("%s: %s", expected.name(), ack.message()).isEqualTo(expected.disposition());
                assertThat(ack.reasonCode()).as("%s: %s", expected.name(), ack.message()).isEqualTo(expected.reason());
                SubmissionRecord record = register.submissionBySha256(expected.sha256()).orElseThrow(
                        () -> new AssertionError(expected.name() + " is not in the register"));
                if (expected.disposition() != Disposition.DUPLICATE) {
                    assertThat(record.outcome()).as(expected.name()).isEqualTo(
                            expected.disposition() == Disposition.REGISTERED ? Outcome.ACCEPTED : Outcome.REFUSED);
                    assertThat(intakeRegister.answered(record.id())).as("%s was answered", expected.name()).isTrue();
                }
            }
            Set<String> distinct = new HashSet<>();
            all.forEach(c -> distinct.add(c.sha256()));
            try (Stream<Path> archive = Files.list(home.resolve("watch-folders/archive"))) {
                assertThat(archive.filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).count())
                        .as("archive count = distinct sha256 count").isEqualTo(distinct.size());
            }
            try (Stream<Path> left = Files.walk(intake.inbox())) {
                assertThat(left.filter(Files::isRegularFile)).as("nothing stays in the inbox").isEmpty();
            }

            assertAnswered(KEN, mails, 5);
            assertAnswered(FRA, mails, 7);
            assertAnswered(EGY, mails, 2);
            assertAnswered(STRANGER, mails, 1);
        }
    }

    /** Every attachment the address sent got one answer, in the checklist's language, threaded under its message. */
    private static void assertAnswered(String address, Map<String, List<Case>> mails, int count) throws Exception {
        List<Case> sent = mails.entrySet().stream().filter(e -> e.getKey().endsWith(" " + address))
                .flatMap(e -> e.getValue().stream()).toList();
        assertThat(sent).hasSize(count);
        List<MimeMessage> answers = MailWaits.answersTo(MAIL, address, count);
        assertThat(answers).as("answers to %s", address).hasSize(count);
        for (Case expected : sent) {
            MimeMessage answer = answers.stream().filter(a -> MailWaits.text(a).contains(expected.name())
                    || MailWaits.subject(a).contains(expected.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("No answer to " + address + " names " + expected.name()));
            assertThat(answer.getHeader("In-Reply-To")).as("threaded").isNotNull();
            String text = MailWaits.subject(answer) + "\n" + MailWaits.text(answer);
            if (expected.reason() != null) {
                assertThat(text).as("the answer to %s gives the reason", expected.name()).contains(expected.reason());
            }
            if (expected.language() != null) {
                assertThat(answer.getContentLanguage()).as("language of the answer to %s", expected.name())
                        .containsExactly(expected.language().code());
                assertThat(text).contains(switch (expected.language()) {
                    case FR -> "secrétariat";
                    case AR -> "الأمانة";
                    default -> "secretariat";
                });
            }
        }
    }

    private static Case registered(String name, String folder, byte[] bytes, Language language) {
        return new Case(name, folder, bytes, Disposition.REGISTERED, null, language);
    }

    private static Case refused(String name, String folder, byte[] bytes, String reason, Language language) {
        return new Case(name, folder, bytes, Disposition.REFUSED, reason, language);
    }

    private static void drop(Path inbox, List<Case> cases) throws Exception {
        for (Case c : cases) {
            Path folder = Files.createDirectories(c.folder().isEmpty() ? inbox : inbox.resolve(c.folder()));
            Files.write(folder.resolve(c.name()), c.bytes());
        }
    }

    private static void send(String from, String subject, List<Case> attachments) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        attachments.forEach(c -> files.put(c.name(), c.bytes()));
        ReturnMails.send(MAIL, from, RETURNS, subject, files);
    }

    private static Map<String, String> mailSettings() {
        return ReturnMails.mailSettings(MAIL, RETURNS);
    }
}
