package org.irm.dialogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.demo.ChecklistFiller;
import org.irm.register.DialogueQuestion;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.register.SubmissionSource;
import org.irm.review.ReviewDesk;
import org.irm.review.ReviewReturns;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.IntakeDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Checklists;

/**
 * A pipeline home in a temp folder for the written dialogue: Kenya's review in the register, reviewed
 * by France and Uganda, with focal points for Kenya and Uganda; the desk built as the commands build it
 * (question lists, review copies, checklists); question lists answered as a State would in Word.
 */
final class DialogueFixture {

    static final Instant ASKED = Instant.parse("2027-04-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(ASKED, ZoneOffset.UTC);
    static final String REVIEW = "uncac-2-KEN";
    static final String KENYA = "focal.point@kenya.test";
    static final String UGANDA = "focal.point@uganda.test";

    final Path home;
    final Map<String, String> settings = new HashMap<>();
    private Register register;

    DialogueFixture(Path home, Map<String, String> extra) {
        this.home = home;
        settings.put("irm.home", home.toString());
        settings.put("irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8));
        settings.putAll(extra);
        register().reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DESK_REVIEW,
                List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"), ReviewerAssignment.of("UGA", "global", "uncac")),
                List.of(), null, Instant.parse("2027-01-10T09:00:00Z")));
        // The desk imports the States list (focal points are registered against it).
        ReturnDesks.over(config(), register(), CLOCK);
        FocalPoints focalPoints = new FocalPoints(register());
        focalPoints.add(new FocalPoint("KEN", KENYA, "Ms. Wanjiru", Language.EN), "test");
        focalPoints.add(new FocalPoint("UGA", UGANDA, "Mr. Okello", Language.FR), "test");
    }

    IrmConfig config() {
        return IrmConfig.of(settings);
    }

    Register register() {
        if (register == null) {
            register = Register.open(config());
        }
        return register;
    }

    DialogueDesk dialogue() {
        return DialogueDesk.from(config(), register(), CLOCK);
    }

    DialogueQuestion ask(String provision, String from, String text) {
        return dialogue().ask(new DialogueDesk.Ask("KEN", provision, text, from, null, "tester"));
    }

    DialogueDesk.Written send(Language language) throws IOException {
        return dialogue().send("KEN", language, home.resolve("watch-folders/outbox/KEN"), "tester");
    }

    /** The desk as irm ingest and irm run build it (cli.PipelineDesks): question lists and review copies before checklists. */
    IntakeDesk desk() {
        ReturnDesks desks = ReturnDesks.over(config(), register(), CLOCK);
        return desks.open(List.of(QuestionListReturns.from(config(), register(), CLOCK),
                ReviewReturns.from(config(), register(), CLOCK), desks.checklists()));
    }

    Acknowledgement drop(Path file, String folderState, Instant at) {
        return desk().take(new Arrival(file, file.getFileName().toString(), SubmissionSource.FOLDER, null, folderState, at));
    }

    Acknowledgement mail(Path file, String sender, Instant at) {
        return desk().take(new Arrival(file, file.getFileName().toString(), SubmissionSource.MAIL, sender, null, at));
    }

    /** The list answered as a State does in Word: each question's answer typed into its control. */
    Path answer(DialogueDesk.Written list, Map<DialogueQuestion, String> answers, String name) throws IOException {
        Map<FieldId, String> values = new HashMap<>();
        answers.forEach((question, text) -> values.put(DialogueFields.answer(question), text));
        Path filled = home.resolve("returned").resolve(name);
        Files.createDirectories(filled.getParent());
        new ChecklistFiller().fill(list.file(), values, filled);
        return filled;
    }

    DialogueQuestion reread(DialogueQuestion question) {
        return register().dialogue().question(question.id()).orElseThrow();
    }

    static State kenya() throws Exception {
        return StateList.load(TemplateSource.bundled()).find("KEN").orElseThrow();
    }

    ReviewDesk reviewDesk() throws Exception {
        return ReviewDesk.from(config(), CLOCK);
    }

    static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text of the runs of word/document.xml, tags dropped, so a sentence split across runs still reads whole. */
    static String text(Path docx) throws IOException {
        return part(docx, "word/document.xml").replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "");
    }
}
