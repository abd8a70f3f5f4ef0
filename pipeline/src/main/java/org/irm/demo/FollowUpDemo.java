package org.irm.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateNames;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.followup.ActionPlans;
import org.irm.followup.FinalReportTracking;
import org.irm.followup.FollowUpForms;
import org.irm.followup.FollowUpLabels;
import org.irm.followup.TrackWhenFinal;
import org.irm.followup.Tracker;
import org.irm.followup.TrackerReports;
import org.irm.identity.IdentitySeal;
import org.irm.register.FollowUpItem;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.SubmissionSource;
import org.irm.stages.ReviewStages;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.IntakeDesk;

/**
 * The demo's follow-up step: Kenya's report is final, so its recommendations are tracked; an agency
 * is made responsible; the follow-up form goes out, comes back filled through the return desk from
 * Kenya's folder, and the action plan and tracker are written from it.
 */
public final class FollowUpDemo {

    private final PrintWriter say;

    public FollowUpDemo(PrintWriter say) {
        this.say = say;
    }

    /** Runs the step; {@code openDesk} opens the pipeline's return desk on a configuration, as the intake step does. */
    public void run(Path run, IrmConfig config, Register register, TemplateSource templates, StateNames names,
                    IdentitySeal seal, Function<IrmConfig, IntakeDesk> openDesk) throws IOException {
        Clock clock = Clock.systemUTC();
        Path outbox = run.resolve("outbox").resolve("KEN");
        say.println("10. After the report: Kenya's report is final; its recommendations are tracked and followed up");
        ReviewRecord review = register.reviews().find("uncac-2-KEN").orElseGet(() -> register.reviews().create(
                NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DRAFT_REPORT, List.of(), List.of(), null,
                        clock.instant())));
        // As irm review advance does: the move to final hands the report over to the follow-up.
        ReviewStages.Outcome moved = ReviewStages.from(config, register, clock,
                List.of(new TrackWhenFinal(new FinalReportTracking(register, clock))))
                .advance(review, ReviewStage.FINAL.code(), false, null, "secretariat");
        List<FollowUpItem> tracked = register.recommendations().ofState("KEN");
        say.printf("   review %s moved %s -> %s: %d items tracked (recommendations, good practices, TA needs), e.g. %s%n",
                review.id(), moved.from().code(), moved.to().code(), tracked.size(),
                tracked.isEmpty() ? "none" : tracked.get(0).id());
        if (tracked.isEmpty()) {
            return;
        }
        FollowUpItem item = tracked.get(0);
        register.recommendations().assign(item.id(), "Public Procurement Authority", "secretariat", clock.instant());
        FollowUpLabels labels = FollowUpLabels.load(templates);
        FollowUpForms.Written form = new FollowUpForms(register.recommendations(), register.reviews(), labels, names, seal,
                templates, clock).write(new FollowUpForms.Request("KEN", Language.EN, null, Set.of()), outbox);
        say.printf("   follow-up form %s: %d open items, status drop-down, measures, evidence, action-plan table%n",
                form.file().getFileName(), form.itemIds().size());
        Path filled = Files.createDirectories(run.resolve("inbox").resolve("KEN")).resolve("followup-KEN-returned.docx");
        new ChecklistFiller().fill(form.file(), Map.of(
                FollowUpForms.field(item, "status"), "in-progress",
                FollowUpForms.field(item, "measures"), "A bill amending the procurement law was tabled in Parliament in March.",
                FollowUpForms.field(item, "evidence"), "Bill No. 12 of 2027; Hansard, 14 March 2027"), filled);
        Acknowledgement taken = openDesk.apply(ReturnsDemo.deskConfig(config, run)).take(new Arrival(filled,
                filled.getFileName().toString(), SubmissionSource.FOLDER, null, "KEN", clock.instant()));
        say.printf("   returned in Kenya's folder: %s %s%n", taken.disposition(), taken.message());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ActionPlans.Written plan = new ActionPlans(new Tracker(register.recommendations()), labels, names, templates)
                .write("KEN", Language.EN, today, outbox);
        say.printf("   action plan %s and %s%n", plan.docx().getFileName(), plan.xlsx().getFileName());
        for (String line : TrackerReports.text(new Tracker(register.recommendations()).view("KEN", today)).split("\n")) {
            if (!line.startsWith("  ")) {
                say.println("   " + line);
            }
        }
    }
}
