package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.register.Deadline;
import org.irm.register.DialogueQuestion;
import org.irm.register.DialogueRecords;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.ReviewStage;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm reminders as the secretariat runs it: the dry run lists what would go and why, the real run queues it once. */
class RemindersCommandTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void kenyaAwaited() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=command-line-test-key-0123456789",
                "irm.secretariat.email=secretariat@unodc.test");
        try (Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.toString())))) {
            new RegisteredStates(register).importStates(StateList.load(IrmConfig.defaults().templates()).all());
            new FocalPoints(register).add(new FocalPoint("KEN", "focal.point@kenya.test", null, Language.AR), "test");
            register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.SELF_ASSESSMENT, List.of(),
                    List.of(new Deadline("selfAssessment", DUE)), null, Instant.parse("2027-01-10T09:00:00Z")));
        }
    }

    private int run(String... args) {
        irm.clearOutput();
        return irm.run(args);
    }

    private long queued() throws Exception {
        Path queue = home.resolve("watch-folders/mail-queue");
        if (!Files.isDirectory(queue)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(queue)) {
            return files.filter(f -> f.toString().endsWith(".eml")).count();
        }
    }

    @Test
    void theDryRunSaysWhatWouldGoToWhomAndWhyAndQueuesNothing() throws Exception {
        assertThat(run("reminders", "--date", "2027-03-17", "--dry-run")).isZero();

        assertThat(irm.out()).contains("Due (dry run, nothing queued) on 2027-03-17: 1",
                "self-assessment   uncac-2-KEN    KEN, deadline 2027-03-31 -14d to focal.point@kenya.test (ar, focal-points)",
                "KEN's self-assessment checklist (uncac-2-KEN): not every part returned without findings");
        assertThat(queued()).isZero();
    }

    @Test
    void anUnansweredQuestionListIsListedFromTheDayItWasWritten() throws Exception {
        try (Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.toString())))) {
            DialogueQuestion asked = register.dialogue().ask(new DialogueRecords.NewQuestion("uncac-2-KEN", "KEN",
                    "uncac.9.1", "secretariat", null, Language.EN, "Is the register of awards public?",
                    DialogueQuestion.COMMAND, null, null, Instant.parse("2027-04-01T09:00:00Z")));
            register.dialogue().recordList(UUID.randomUUID().toString(), "uncac-2-KEN", "KEN", Language.EN,
                    "questions-KEN-uncac2-en.docx", List.of(asked.id()), "test", Instant.parse("2027-04-02T09:00:00Z"));
        }

        assertThat(run("reminders", "--date", "2027-04-16", "--dry-run")).isZero();

        assertThat(irm.out()).contains("question-list     uncac-2-KEN    KEN, list written 2027-04-02 +14d to "
                + "focal.point@kenya.test (ar, focal-points): KEN's answers to the question list "
                + "questions-KEN-uncac2-en.docx (uncac-2-KEN), written on 2027-04-02: 1 of its 1 questions unanswered");
    }

    @Test
    void theRealRunQueuesTheReminderOnceAndTheDryRunThenListsNothing() throws Exception {
        assertThat(run("reminders", "--date", "2027-03-17")).isZero();
        assertThat(irm.out()).contains("Queued on 2027-03-17: 1");
        assertThat(run("reminders", "--date", "2027-03-17")).isZero();
        assertThat(irm.out()).contains("Queued on 2027-03-17: 0");
        assertThat(queued()).isEqualTo(1);

        assertThat(run("reminders", "--date", "2027-03-17", "--dry-run", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(irm.out());
        assertThat(json.get("due")).isEmpty();
        assertThat(run("reminders", "--date", "2027-03-28", "--dry-run", "--json")).isZero();
        JsonNode due = new ObjectMapper().readTree(irm.out()).get("due").get(0);
        assertThat(due.get("kind").asText()).isEqualTo("self-assessment");
        assertThat(due.get("offsetDays").asInt()).isEqualTo(-3);
        assertThat(due.get("remindOn").asText()).isEqualTo("2027-03-28");
        assertThat(due.get("language").asText()).isEqualTo("ar");
    }

    @Test
    void aDateThatIsNoDateIsRefusedWithHowToWriteIt() {
        assertThat(run("reminders", "--date", "31/03/2027", "--dry-run")).isNotZero();
        assertThat(irm.err()).contains("--date").contains("'31/03/2027' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31");
    }
}
