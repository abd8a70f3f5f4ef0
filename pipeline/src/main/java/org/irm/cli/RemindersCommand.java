package org.irm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.config.IrmConfig;
import org.irm.intake.IntakeSettings;
import org.irm.mail.MailQueue;
import org.irm.notice.Notice;
import org.irm.notice.NoticeDesk;
import org.irm.notice.NoticeKind;
import org.irm.notice.NoticePlan;
import org.irm.register.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm reminders}: lists, or queues, the reminders and notifications due. */
@Command(name = "reminders", mixinStandardHelpOptions = true,
        header = "List (--dry-run) or queue the reminders and notifications due today or on --date.",
        description = {
            "Reminders come from templates/reminders/policy.properties (offsets before and after each",
            "deadline the register knows; follow-up before each session in irg-sessions.properties) and",
            "go only while the awaited return is not in. Notifications follow the register: review",
            "copies to the reviewers once a checklist is complete, merge ready to the secretariat once",
            "every reviewer's copy is in, draft ready to the State. Each goes once: it is recorded in the",
            "register under its key before it is put in watch-folders/mail-queue/ (irm run sends it).",
            "irm run does the same on a timer (irm.notices.period.ms)."
        })
public final class RemindersCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day to look at (default: today, UTC).")
    LocalDate date;

    @Option(names = "--dry-run", description = "Only list what would go out and why; queue nothing.")
    boolean dryRun;

    @Mixin
    JsonOption output;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IrmConfig config = configOptions.config();
        try (Register register = Register.open(config)) {
            IntakeSettings settings = new IntakeSettings(config);
            NoticeDesk desk = NoticeDesk.open(config, register, new MailQueue(settings.mailQueue()),
                    NoticeDesk.reviewerContacts(register), settings.instanceId(), settings.claimsExpiry(),
                    config.clock());
            LocalDate day = day(desk);
            NoticePlan plan = desk.due(day);
            List<Notice> shown = dryRun ? plan.notices() : desk.sendDue(day);
            PrintWriter out = spec.commandLine().getOut();
            if (output.json()) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("date", day.toString());
                report.put("dryRun", dryRun);
                report.put(dryRun ? "due" : "queued", shown.stream().map(RemindersCommand::row).toList());
                report.put("unreachable", plan.unreachable());
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
                return 0;
            }
            out.printf("%s on %s: %d%n", dryRun ? "Due (dry run, nothing queued)" : "Queued", day, shown.size());
            for (Notice notice : shown) {
                out.println("  " + line(notice));
            }
            for (String unreachable : plan.unreachable()) {
                out.println("  not sent: " + unreachable);
            }
            return 0;
        }
    }

    private LocalDate day(NoticeDesk desk) {
        if (date == null) {
            return desk.today();
        }
        return date;
    }

    private static String line(Notice notice) {
        // A question list has no deadline: its reminders count from the day it was written.
        String from = notice.kind() == NoticeKind.QUESTION_LIST ? "list written " : "deadline ";
        String when = notice.deadline() == null ? "notification"
                : from + notice.deadline() + " " + (notice.offsetDays() >= 0 ? "+" : "") + notice.offsetDays() + "d";
        return String.format("%-17s %-14s %s, %s to %s (%s, %s): %s", notice.kind().code(), notice.reviewId(),
                notice.subject(), when, notice.recipient().email(), notice.language().code(),
                notice.recipient().audience().code(), notice.awaited());
    }

    private static Map<String, Object> row(Notice notice) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", notice.kind().code());
        row.put("reminder", notice.kind().reminder());
        row.put("reviewId", notice.reviewId());
        row.put("state", notice.state());
        row.put("subject", notice.subject());
        row.put("deadline", notice.deadline() == null ? null : notice.deadline().toString());
        row.put("offsetDays", notice.offsetDays());
        row.put("remindOn", notice.remindOn() == null ? null : notice.remindOn().toString());
        row.put("recipient", notice.recipient().email());
        row.put("audience", notice.recipient().audience().code());
        row.put("language", notice.language().code());
        row.put("awaited", notice.awaited());
        row.put("occasion", notice.occasion());
        return row;
    }
}
