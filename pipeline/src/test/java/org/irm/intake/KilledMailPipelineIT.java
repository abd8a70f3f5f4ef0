package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.mail.MailQueue;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.IntakeRegister;
import org.irm.register.Register;
import org.irm.register.SubmissionRecord;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irm run} as its own process reading a real returns mailbox and answering through a real
 * SMTP server (GreenMail on 127.0.0.1), killed with kill -9 twenty times at random points of
 * mailed returns (while starting, while taking a file in, right after the receipt is written,
 * while and right after the answer is queued, right after it is sent) and started again each
 * time: every return is answered exactly once, with its receipt (and the annotated copy where
 * there are findings) or its refusal, never only "already received"; a new e-mail bringing a
 * registered file again is still answered "already received"; no partial message is left in the
 * queue. The kills are drawn from a seed that is printed (rerun with {@code -Dirm.kill.seed=N}).
 *
 * <p>The one answer that may go out twice is one whose kill came after the SMTP server took it and
 * before it was moved to {@code sent/}; the test sees that case (the answer is still queued and
 * already received when the process dies) and allows that answer, and only it, a second copy
 * with the same Message-ID.
 */
class KilledMailPipelineIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ReturnMails.server();

    private static final String RETURNS = "returns@secretariat.test";
    private static final String FOCAL_POINT = "focal.point@kenya.test";
    private static final int KILLS = 20;
    private static final long WAIT_SECONDS = 180;

    /** What the answer to one attachment must be. */
    enum Expected { RECEIPT, RECEIPT_WITH_ANNOTATED_COPY, REFUSAL, ALREADY_RECEIVED }

    /** One attachment the State mailed, in the message with this Message-ID. */
    record Attachment(String messageId, String fileName, byte[] bytes, Expected answer) {
    }

    /** Where a process was killed. */
    enum KillPoint {
        WHILE_RUNNING, AFTER_ARCHIVING, AFTER_RECEIPT_WRITTEN, WHILE_QUEUEING, AFTER_QUEUED, AFTER_SENT;

        /** The folders whose new entries mark this point (relative to the watch root); none for a time after start. */
        List<String> folders() {
            return switch (this) {
                case WHILE_RUNNING -> List.of();
                case AFTER_ARCHIVING -> List.of("archive");
                case AFTER_RECEIPT_WRITTEN -> List.of("outbox/KEN", "rejected");
                case WHILE_QUEUEING, AFTER_QUEUED -> List.of(MailQueue.FOLDER);
                case AFTER_SENT -> List.of(MailQueue.FOLDER + "/sent");
            };
        }

        boolean marks(String name) {
            return switch (this) {
                case WHILE_QUEUEING -> name.endsWith(MailQueue.PARTIAL);
                case AFTER_QUEUED -> name.endsWith(MailQueue.SUFFIX);
                // the receipt of a registered return, the reason file of a refused one
                case AFTER_RECEIPT_WRITTEN -> name.endsWith("-receipt.txt") || name.endsWith(".reason.txt");
                default -> true;
            };
        }

        /** The longest random delay after the mark, in ms. */
        int maxDelayMs() {
            return switch (this) {
                case WHILE_RUNNING -> 6000;
                case AFTER_ARCHIVING -> 400;
                case WHILE_QUEUEING -> 0;
                default -> 3;
            };
        }
    }

    @TempDir
    Path home;

    private final List<String> kills = new ArrayList<>();
    /** Answers a kill caught between the SMTP server's acceptance and the move to sent/: each may arrive once more. */
    private final Map<String, Integer> resentByDesign = new HashMap<>();

    @Test
    void killedTwentyTimesAtRandomPointsOfMailedReturnsEveryReturnIsAnsweredOnceWithItsReceipt() throws Exception {
        long seed = Long.getLong("irm.kill.seed", System.nanoTime());
        System.out.println("KilledMailPipelineIT: seed " + seed + " (rerun with -Dirm.kill.seed=" + seed + ")");
        Random random = new Random(seed);
        GreenMailUser mailbox = MAIL.setUser(RETURNS, "returns", "secret");
        Path config = configure();
        Path root = home.resolve("watch-folders");
        for (KillPoint point : KillPoint.values()) {
            for (String folder : point.folders()) {
                Files.createDirectories(root.resolve(folder));
            }
        }
        ReturnsFixture returns = new ReturnsFixture(home.resolve("fixtures"));
        List<Attachment> mailed = new ArrayList<>();

        // Every point at least three times, in an order (and with delays) drawn from the seed.
        List<KillPoint> points = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            points.add(i < KILLS - KILLS % KillPoint.values().length ? KillPoint.values()[i % KillPoint.values().length]
                    : KillPoint.values()[random.nextInt(KillPoint.values().length)]);
        }
        Collections.shuffle(points, random);
        for (int round = 1; round <= KILLS; round++) {
            mailed.addAll(mail(returns, round));
            KillPoint point = points.get(round - 1);
            int delay = point.maxDelayMs() == 0 ? 0 : random.nextInt(point.maxDelayMs() + 1);
            Process process = start(config, "run-" + round);
            String where = killAt(process, root, point, delay);
            kills.add("kill " + round + ": " + where);
            noteAnswersInTheSmtpWindow(root);
        }
        System.out.println("KilledMailPipelineIT: seed " + seed + "\n  " + String.join("\n  ", kills));

        Process last = start(config, "last");
        int attachments = mailed.size();
        waitFor("every return answered", last, () -> settled(mailbox, root, attachments));
        Attachment again = mailed.stream().filter(a -> a.answer() == Expected.RECEIPT).findFirst().orElseThrow();
        mailed.addAll(send("Our return again", List.of(new Attachment(null, "again-" + again.fileName(), again.bytes(),
                Expected.ALREADY_RECEIVED))));
        waitFor("the same file in a new e-mail answered", last, () -> settled(mailbox, root, attachments + 1));
        last.destroy();
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).as("irm run stops on SIGTERM").isTrue();

        String context = "seed " + seed + ", " + String.join("; ", kills);
        // How often the embedded register lost writes a kill came after, and the desk made up for it.
        System.out.println("KilledMailPipelineIT: taken again from the archive after the register lost them:\n"
                + linesAbout("taken again from the archive"));
        assertEveryAttachmentAnsweredOnce(mailed, context);
        try (Stream<Path> queue = Files.list(root.resolve(MailQueue.FOLDER))) {
            assertThat(queue.map(p -> p.getFileName().toString()).filter(n -> !n.equals("sent")))
                    .as("nothing waits or is half-written in the mail queue (%s)", context).isEmpty();
        }
        try (Register register = Register.open(IrmConfig.load(config, Map.of()))) {
            IntakeRegister intake = new IntakeRegister(register);
            for (Attachment attachment : mailed) {
                SubmissionRecord record = register.submissionBySha256(RecordingDesk.sha256(attachment.bytes())).orElse(null);
                assertThat(record).as("%s registered (%s)\n%s", attachment.fileName(), context,
                        linesAbout(attachment.fileName())).isNotNull();
                assertThat(intake.answered(record.id())).as("%s answered (%s)", attachment.fileName(), context).isTrue();
            }
            assertThat(intake.unanswered()).as(context).isEmpty();
        }
    }

    /** Round n's e-mail: one return (complete, with findings, or not Word), and two in rounds 7 and 14. */
    private List<Attachment> mail(ReturnsFixture returns, int round) throws Exception {
        List<Attachment> attachments = new ArrayList<>();
        if (round % 5 == 4) {
            attachments.add(new Attachment(null, "letter-" + round + ".docx", ReturnsFixture.text(round), Expected.REFUSAL));
        } else if (round % 3 == 2) {
            attachments.add(new Attachment(null, "ken-findings-" + round + ".docx",
                    returns.withFindings("KEN", Language.EN, round), Expected.RECEIPT_WITH_ANNOTATED_COPY));
        } else {
            attachments.add(new Attachment(null, "ken-" + round + ".docx", returns.complete("KEN", Language.EN, round),
                    Expected.RECEIPT));
        }
        if (round % 7 == 0) {
            attachments.add(new Attachment(null, "ken-agency-" + round + ".docx",
                    returns.complete("KEN", Language.EN, 100 + round), Expected.RECEIPT));
        }
        return send("Our return " + round, attachments);
    }

    /** Mails the attachments in one message from the focal point; returns them with the message's Message-ID. */
    private static List<Attachment> send(String subject, List<Attachment> attachments) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        attachments.forEach(a -> files.put(a.fileName(), a.bytes()));
        String id = ReturnMails.send(MAIL, FOCAL_POINT, RETURNS, subject, files);
        return attachments.stream().map(a -> new Attachment(id, a.fileName(), a.bytes(), a.answer())).toList();
    }

    /** Waits for the kill point (or, for a time after start, the time), then kills the process with SIGKILL. */
    private String killAt(Process process, Path root, KillPoint point, int delayMs) throws Exception {
        long started = System.nanoTime();
        String seen = "";
        if (point.folders().isEmpty()) {
            long until = started + TimeUnit.MILLISECONDS.toNanos(delayMs);
            while (System.nanoTime() < until && process.isAlive()) {
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
            }
        } else {
            seen = awaitEntry(process, root, point);
            if (delayMs > 0) {
                Thread.sleep(delayMs);
            }
        }
        if (!process.isAlive()) {
            throw new AssertionError("irm run ended (exit " + process.exitValue() + ") before it was killed:\n" + logs());
        }
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        return point + (seen.isEmpty() ? "" : " " + seen) + " +" + delayMs + " ms (at "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms)";
    }

    /** Blocks until an entry the point names appears in the folder (watched, not polled: a partial file lives a millisecond). */
    private String awaitEntry(Process process, Path root, KillPoint point) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (String folder : point.folders()) {
                root.resolve(folder).register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("irm run ended (exit " + process.exitValue() + ") before " + point + ":\n" + logs());
                }
                WatchKey key = watcher.poll(200, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && point.marks(name.toString())) {
                        return name.toString();
                    }
                }
                key.reset();
            }
        }
        process.destroyForcibly();
        throw new AssertionError("Not within " + WAIT_SECONDS + " s: " + point + " in " + point.folders() + "\n" + logs());
    }

    /**
     * After a kill: an answer still queued that the SMTP server already has was killed between the
     * server's acceptance and its move to sent/. It goes out again after the restart, by design.
     */
    private void noteAnswersInTheSmtpWindow(Path root) throws Exception {
        Set<String> received = new HashSet<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            received.add(message.getMessageID());
        }
        try (Stream<Path> queued = Files.list(root.resolve(MailQueue.FOLDER))) {
            for (String name : queued.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(MailQueue.SUFFIX)).toList()) {
                String stem = name.substring(0, name.length() - MailQueue.SUFFIX.length());
                received.stream().filter(id -> id != null && id.startsWith("<" + stem + ".")).forEach(id -> {
                    resentByDesign.merge(id, 1, Integer::sum);
                    kills.add("  (that kill came between the SMTP server's acceptance of " + id + " and its move to sent/)");
                });
            }
        }
    }

    /** True when every attachment so far has an answer, nothing waits in the queue and every message is read. */
    private static boolean settled(GreenMailUser mailbox, Path root, int attachments) {
        try {
            if (answers().stream().map(KilledMailPipelineIT::messageId).distinct().count() < attachments) {
                return false;
            }
            if (MAIL.getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount() > 0) {
                return false;
            }
            try (Stream<Path> queue = Files.list(root.resolve(MailQueue.FOLDER))) {
                return queue.noneMatch(p -> p.getFileName().toString().endsWith(MailQueue.SUFFIX));
            }
        } catch (Exception e) {
            return false;
        }
    }

    private void assertEveryAttachmentAnsweredOnce(List<Attachment> mailed, String context) throws Exception {
        List<MimeMessage> answers = answers();
        Map<String, Long> copies = answers.stream().collect(Collectors.groupingBy(KilledMailPipelineIT::messageId,
                Collectors.counting()));
        copies.forEach((id, count) -> assertThat(count).as("copies of answer %s (%s)", id, context)
                .isBetween(1L, 1L + resentByDesign.getOrDefault(id, 0)));
        Map<String, MimeMessage> distinct = new HashMap<>();
        answers.forEach(answer -> distinct.putIfAbsent(messageId(answer), answer));
        assertThat(distinct).as("one answer per attachment (%s)", context).hasSize(mailed.size());
        for (Attachment attachment : mailed) {
            List<MimeMessage> its = distinct.values().stream()
                    .filter(a -> attachment.messageId().equals(header(a, "In-Reply-To")))
                    .filter(a -> (subject(a) + "\n" + MailWaits.text(a)).contains(attachment.fileName())).toList();
            assertThat(its).as("answers to %s (%s)", attachment.fileName(), context).hasSize(1);
            MimeMessage answer = its.get(0);
            String subject = subject(answer);
            String text = MailWaits.text(answer);
            switch (attachment.answer()) {
                case RECEIPT, RECEIPT_WITH_ANNOTATED_COPY -> {
                    assertThat(subject).as("answer to %s (%s)", attachment.fileName(), context).startsWith("Checklist received");
                    assertThat(text).contains("registered it as version");
                    assertThat(attachmentNames(answer)).as("files sent back with the answer to %s", attachment.fileName())
                            .satisfies(names -> {
                                if (attachment.answer() == Expected.RECEIPT_WITH_ANNOTATED_COPY) {
                                    assertThat(names).singleElement().satisfies(n -> assertThat(n).endsWith("-to-fix.docx"));
                                } else {
                                    assertThat(names).isEmpty();
                                }
                            });
                }
                case REFUSAL -> assertThat(subject).as("answer to %s (%s)", attachment.fileName(), context)
                        .startsWith("File not accepted").contains(attachment.fileName());
                case ALREADY_RECEIVED -> assertThat(subject).as("answer to %s (%s)", attachment.fileName(), context)
                        .startsWith("Already received");
            }
        }
    }

    private static List<MimeMessage> answers() {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null
                        && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(FOCAL_POINT));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String messageId(MimeMessage message) {
        return header(message, "Message-ID");
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? "" : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        return MailWaits.subject(message);
    }

    private static List<String> attachmentNames(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        if (message.getContent() instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() != null) {
                    names.add(part.getFileName());
                }
            }
        }
        return names;
    }

    /** The pipeline's settings file; the focal point is registered before any process starts. */
    private Path configure() throws Exception {
        Map<String, String> settings = new HashMap<>(ReturnMails.mailSettings(MAIL, RETURNS));
        settings.put("irm.mail.imap.poll.ms", "200");
        settings.put("irm.mail.queue.poll.ms", "100");
        settings.put("irm.reports.auto", "false");
        Path config = ReturnsFixture.configFile(home, settings);
        IrmConfig irm = IrmConfig.load(config, Map.of());
        try (Register register = Register.open(irm)) {
            ReturnDesks.open(irm, register, Clock.systemUTC());
            new FocalPoints(register).add(new FocalPoint("KEN", FOCAL_POINT, null, null), "test");
        }
        return config;
    }

    private Process start(Path config, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.irm.cli.Irm", "run", "--config", config.toString());
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile()).start();
    }

    private void waitFor(String what, Process process, BooleanSupplier done) throws Exception {
        try {
            Eventually.await(what, Duration.ofSeconds(WAIT_SECONDS), () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("irm run ended (exit " + process.exitValue() + ") before " + what);
                }
                return done.getAsBoolean();
            });
        } catch (AssertionError notThere) {
            process.destroyForcibly();
            throw new AssertionError(notThere.getMessage() + " (" + String.join("; ", kills) + ")\n" + logs(), notThere);
        }
    }

    /** What each run's log says about one file: where a missing registration went, should one go missing again. */
    private String linesAbout(String fileName) throws Exception {
        StringBuilder about = new StringBuilder();
        try (Stream<Path> logs = Files.list(home)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                Files.readAllLines(log).stream().filter(line -> line.contains(fileName))
                        .forEach(line -> about.append(log.getFileName()).append(": ").append(line).append('\n'));
            }
        }
        return about.toString();
    }

    private String logs() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> logs = Files.list(home)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                all.append("--- ").append(log.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))).append('\n');
            }
        }
        return all.toString();
    }
}
