package org.irm.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.irm.config.IrmConfig;
import org.irm.dialogue.DialogueDesk;
import org.irm.register.DialogueQuestion;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.IntakeDesk;

/**
 * The demo's written dialogue (issue 18, point 3): Brazil, a reviewing State, and the secretariat ask
 * Kenya a question each; the sealed question list goes to Kenya's outbox; Kenya answers one of them and
 * drops the list into its folder, where the desk attaches the answer to its provision and keeps the
 * other question open.
 */
public final class DialogueDemo {

    private final PrintWriter say;

    public DialogueDemo(PrintWriter say) {
        this.say = say;
    }

    /** Runs the step on Kenya's review (registered by the review step); {@code openDesk} as the intake step opens it. */
    public void run(Path run, IrmConfig config, Register register, Function<IrmConfig, IntakeDesk> openDesk)
            throws IOException {
        say.println("8b. Written dialogue: Brazil and the secretariat ask Kenya questions; Kenya answers in the sealed list");
        Clock clock = Clock.systemUTC();
        IrmConfig deskConfig = ReturnsDemo.deskConfig(config, run);
        DialogueDesk dialogue = DialogueDesk.from(deskConfig, register, clock);
        DialogueQuestion brazil = dialogue.ask(new DialogueDesk.Ask("KEN", "9.1", "Are the awards of public contracts"
                + " published, and where?", "BRA", null, "Expert of Brazil"));
        dialogue.ask(new DialogueDesk.Ask("KEN", "5.1", "Has the national anti-corruption policy been evaluated since"
                + " its adoption?", null, null, "secretariat"));
        DialogueDesk.Written list = dialogue.send("KEN", null, run.resolve("outbox").resolve("KEN"), "secretariat");
        say.printf("   %-52s %d questions, one content control each%n", list.file().getFileName(), list.questions().size());
        Path answered = Files.createDirectories(run.resolve("inbox").resolve("KEN")).resolve("questions-KEN-answered.docx");
        new ChecklistFiller().fill(list.file(), Map.of(DialogueDesk.answerField(brazil),
                "Yes: every award above the threshold is published on the procurement portal within 14 days."), answered);
        Acknowledgement taken = openDesk.apply(deskConfig).take(new Arrival(answered, answered.getFileName().toString(),
                SubmissionSource.FOLDER, null, "KEN", clock.instant()));
        say.printf("   %s%n", taken.message());
    }
}
