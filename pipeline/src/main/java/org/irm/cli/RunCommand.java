package org.irm.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.documents.SupportingIntake;
import org.irm.intake.IntakeDaemon;
import org.irm.register.CompactionAtStop;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.irm.submission.ReturnDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code irm run}: the pipeline as a service, taking returns in from the watch folders and the mailbox. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run the intake: watch the inbox and reviews folders and the mailbox, answer every return.",
        description = {
            "Runs until stopped (Ctrl-C or a service manager's stop). On start it first",
            "finishes what a stop left unanswered. A dropped file is taken once it has",
            "stopped changing (irm.inbox.settle.ms), then archived by sha256, checked,",
            "registered, answered and removed from the inbox; refusals go to",
            "watch-folders/rejected/ with their reason. Every attachment of an unread",
            "e-mail is taken the same way; the message is marked done only after all of",
            "them were. Answers wait in watch-folders/mail-queue/ until the SMTP server",
            "takes them; each is queued before its file is recorded as answered, and",
            "never queued twice, so after a kill every return is answered exactly once.",
            "If the pipeline itself fails (register down, disk full), the file or",
            "message stays where it is and is taken at the next look. A clean stop",
            "compacts an embedded register once it has grown enough (see",
            "irm.register.compact.growth below)."
        },
        footerHeading = "%nSettings (irm.properties or --config FILE), each with its default;%n"
                + "the environment variable in brackets overrides it:%n")
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOptions configOptions;

    /** Lists every setting with its default under the usage, from the one list of settings. */
    @Spec
    void listSettings(CommandSpec spec) {
        spec.usageMessage().footer(settingsTable());
    }

    @Override
    public Integer call() throws Exception {
        IrmConfig config = configOptions.config();
        RegisterDatabase database = RegisterDatabase.from(config).closedAndCompactedByIrm();
        // Read now: a mistyped setting stops the start with its message, not the stop hours later.
        CompactionAtStop compaction = new CompactionAtStop(database, CompactionAtStop.Policy.from(config));
        try (StopWork stopWork = StopWork.begin()) {
            try (Register register = Register.open(database)) {
                Clock clock = config.clock();
                // Before the routes start, so the first States' returns meet a compiled pipeline.
                IntakeWarmUp.run(config);
                ReturnDesk desk = PipelineDesks.open(config, register, clock);
                new IntakeDaemon(config, desk, register, clock)
                        .takingSupportingDocuments(SupportingIntake.over(config, register))
                        .onceRunning(stopWork::routesRunning)
                        .run();
            }
            compactIfDue(compaction);
            return 0;
        }
    }

    /** The register is closed: compact it when it has grown enough (a failure leaves it as it was and is only logged). */
    private static void compactIfDue(CompactionAtStop compaction) {
        try {
            CompactionAtStop.Outcome outcome = compaction.compactIfDue();
            outcome.compacted().ifPresentOrElse(compacted -> LOG.info(String.format(Locale.ROOT,
                    "Compacted the register %s at stop: %.1f MB before, %.1f MB after, in %.1f s; %d rows read back the same",
                    compacted.file(), compacted.bytesBefore() / 1e6, compacted.bytesAfter() / 1e6,
                    compacted.took().toMillis() / 1000.0, compacted.rows())),
                    () -> LOG.info("Register not compacted at stop: {}", outcome.why()));
        } catch (RuntimeException e) {
            LOG.warn("Register not compacted at stop (it is as it was; irm register compact can do it later): {}", e.getMessage());
        }
    }

    static String settingsTable() {
        StringBuilder table = new StringBuilder();
        for (Setting setting : Setting.values()) {
            String value = setting.defaultValue().isEmpty() ? "(empty)" : setting.defaultValue();
            table.append(String.format(Locale.ROOT, "  %s = %s%n", setting.key(), value));
            table.append(wrap("[" + setting.environmentName() + "] " + setting.description(), "      ", 78));
        }
        // picocli formats the footer: a literal percent sign is written twice.
        return table.toString().replace("%", "%%");
    }

    private static String wrap(String text, String indent, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > indent.length()) {
                out.append(line).append(System.lineSeparator());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append(System.lineSeparator()).toString();
    }
}
