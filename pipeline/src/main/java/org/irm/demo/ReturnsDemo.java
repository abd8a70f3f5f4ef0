package org.irm.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.Setting;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.IntakeDesk;
import org.irm.tracking.ChecklistProgress;
import org.irm.tracking.ChecklistTracker;
import org.irm.tracking.ProvisionProgress;

/**
 * The demo's intake step: the returns go through the return desk as the inbox folder and the
 * mailbox would hand them in, then the register says where each State stands.
 */
public final class ReturnsDemo {

    private ReturnsDemo() {
    }

    /** Runs the step; {@code openDesk} opens the pipeline's return desk (as irm run does) on a configuration. */
    public static void run(PrintWriter say, IrmConfig config, Path run, Register register, ChecklistTracker tracker,
                           List<Path> returns, Function<IrmConfig, IntakeDesk> openDesk) {
        IntakeDesk desk = openDesk.apply(deskConfig(config, run));
        String focalPoint = "focal.point@kenya.example";
        new FocalPoints(register).add(new FocalPoint("KEN", focalPoint, "Kenya's focal point", null), "demo");
        say.println("4. Taking the returns in through the return desk (as irm ingest and the inbox do): archive, "
                + "check, register, answer");
        Path french = returns.get(2);
        say.println("   France's return e-mailed first by an address that is no focal point of France:");
        show(say, desk.take(new Arrival(french, french.getFileName().toString(), SubmissionSource.MAIL,
                "someone@elsewhere.example", null, Instant.now())));
        say.println("   then every return dropped into the inbox folder:");
        for (Path file : returns) {
            show(say, desk.take(new Arrival(file, file.getFileName().toString(), SubmissionSource.FOLDER, null, null,
                    Instant.now())));
        }
        Path first = returns.get(0);
        Path repacked = repackedWithAPartTwice(first);
        say.println("   Kenya's return as a zip tool repacked it, its main part twice under one name (refused before"
                + " anything is read, and the intake goes on):");
        show(say, desk.take(new Arrival(repacked, repacked.getFileName().toString(), SubmissionSource.FOLDER, null,
                null, Instant.now())));
        say.println("   and Kenya's return e-mailed again by Kenya's registered focal point:");
        show(say, desk.take(new Arrival(first, first.getFileName().toString(), SubmissionSource.MAIL, focalPoint, null,
                Instant.now())));
        say.println("5. Where each State stands (irm status):");
        tracker.all().forEach(progress -> say.println("   " + summary(progress)));
        say.println("   receipts and returns annotated with what to fix: " + run.resolve("outbox") + "/<ISO3>; every file"
                + " received: " + run.resolve("archive") + " (by sha256); refusals with their reason: " + run.resolve("rejected"));
    }

    /**
     * The return's parts again, with a second main part under the same name in other letter case
     * first, as some zip tools write them: which of the two a reader takes is anyone's guess.
     */
    private static Path repackedWithAPartTwice(Path file) {
        Path repacked = file.resolveSibling(file.getFileName().toString().replace(".docx", "-repacked.docx"));
        try (ZipFile zip = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(repacked))) {
            out.putNextEntry(new ZipEntry("WORD/DOCUMENT.XML"));
            try (InputStream main = zip.getInputStream(zip.getEntry("word/document.xml"))) {
                main.transferTo(out);
            }
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream part = zip.getInputStream(entry)) {
                    part.transferTo(out);
                }
            }
            return repacked;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo's repacked return " + repacked + ": " + e.getMessage(), e);
        }
    }

    private static void show(PrintWriter say, Acknowledgement ack) {
        say.printf("   %-10s %s%n", ack.disposition(), ack.message());
        for (Path written : ack.filesWritten()) {
            say.printf("              wrote %s%n", written);
        }
        if (ack.reply().to() != null) {
            say.printf("              reply to %s: \"%s\"%n", ack.reply().to(), ack.reply().subject());
        }
    }

    private static String summary(ChecklistProgress progress) {
        Map<String, Long> counts = progress.provisionCounts();
        return String.format("%s: %d versions, last received %s; provisions %d answered, %d with findings, %d missing; "
                        + "%d agency conflicts", progress.state(), progress.versions().size(), progress.lastReceived(),
                counts.get(ProvisionProgress.ANSWERED), counts.get(ProvisionProgress.FINDINGS),
                counts.get(ProvisionProgress.MISSING), progress.conflicts().size());
    }

    /** The user's configuration, with the run folder as home and watch root, so the desk writes only there. */
    private static IrmConfig deskConfig(IrmConfig config, Path run) {
        Map<String, String> values = new HashMap<>();
        for (Setting setting : Setting.values()) {
            values.put(setting.key(), config.get(setting));
        }
        values.put(Setting.HOME.key(), run.toAbsolutePath().toString());
        values.put(Setting.WATCH_ROOT.key(), ".");
        values.put(Setting.SECRET_KEY.key(), new String(SecretKeys.sealingKey(config), StandardCharsets.UTF_8));
        if (!config.get(Setting.TEMPLATES).isEmpty()) {
            values.put(Setting.TEMPLATES.key(), config.path(Setting.TEMPLATES).toAbsolutePath().toString());
        }
        return IrmConfig.of(values);
    }
}
