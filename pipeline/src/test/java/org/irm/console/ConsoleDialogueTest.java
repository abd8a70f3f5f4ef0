package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.Language;
import org.irm.register.Deadline;
import org.irm.register.DialogueQuestion;
import org.irm.register.DialogueRecords;
import org.irm.register.IntakeFacts;
import org.irm.register.NewSubmission;
import org.irm.register.SubmissionSource;
import org.irm.register.NewReview;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The written dialogue on a State's page (issue 18, point 3) over real HTTP: only the parties of the
 * review see the thread (the secretariat, the State's focal point, the experts of its reviewing States
 * in that review); a State user of another State does not, nor the expert of a State that reviewed it in
 * another cycle, who may see the rest of the page. What the State wrote shows as text.
 */
class ConsoleDialogueTest {

    @RegisterExtension
    static final ServedConsole console = new ServedConsole();

    static final String QUESTION = "Is the register of procurement awards public?";
    static final String ANSWER = "Yes <script>alert(1)</script> on the PPRA portal.";

    @BeforeAll
    static void kenyaIsAskedAndArgentinaReviewedKenyaInTheFirstCycle() throws Exception {
        ConsoleFixture fixture = console.fixture();
        fixture.register.reviews().create(NewReview.of("KEN", "uncac", 1, Language.EN, ReviewStage.FINAL,
                List.of(ReviewerAssignment.of("ARG", "same-group", "uncac"), ReviewerAssignment.of("CHL", "global", "uncac")),
                List.of(new Deadline("selfAssessment", LocalDate.of(2012, 3, 31))), null, Instant.parse("2012-01-10T09:00:00Z")));
        fixture.users.add("argentina", Role.EXPERT, "ARG", ConsoleFixture.PASSWORD.toCharArray(), Language.EN, "test");
        DialogueRecords dialogue = fixture.register.dialogue();
        DialogueQuestion asked = dialogue.ask(new DialogueRecords.NewQuestion("uncac-2-KEN", "KEN", "uncac.9.1", "FRA",
                "Marie Curie", Language.EN, QUESTION, DialogueQuestion.COMMAND, null, null, Instant.parse("2027-04-01T09:00:00Z")));
        UUID list = UUID.randomUUID();
        dialogue.recordList(list.toString(), "uncac-2-KEN", "KEN", Language.EN, "questions-KEN.docx", List.of(asked.id()),
                "test", Instant.parse("2027-04-02T09:00:00Z"));
        Instant answered = Instant.parse("2027-04-20T09:00:00Z");
        dialogue.takeAnswers(NewSubmission.accepted("d".repeat(64), list, SubmissionSource.FOLDER, null, "answers.docx", answered),
                new IntakeFacts("KEN", "uncac-2-KEN", "whole", Language.EN, null, "KEN", null),
                dialogue.list(list.toString()).orElseThrow(), "KEN", List.of(new DialogueRecords.NewAnswer(asked.id(), ANSWER)), 0);
        dialogue.ask(new DialogueRecords.NewQuestion("uncac-2-BRA", "BRA", "uncac.5.1", "secretariat", null, Language.EN,
                "Brazil own question", DialogueQuestion.COMMAND, null, null, Instant.parse("2027-04-01T09:00:00Z")));
    }

    @Test
    void theSecretariatTheFocalPointAndTheReviewersExpertSeeTheThread() throws Exception {
        for (String login : List.of("secretariat", "kenya", "france")) {
            HttpResponse<String> page = console.loggedIn(login).get("/states/KEN");

            assertThat(page.statusCode()).as(login).isEqualTo(200);
            assertThat(page.body()).as(login).contains("id=\"dialogue\"", "thread-uncac.9.1", QUESTION, "FRA",
                            "Yes &lt;script&gt;alert(1)&lt;/script&gt; on the PPRA portal.").doesNotContain(ANSWER)
                    .doesNotContain("Brazil own question");
        }
    }

    @Test
    void aStateUserOfAnotherStateDoesNotSeeTheThread() throws Exception {
        HttpResponse<String> brazil = console.loggedIn("brazil").get("/states/KEN");

        assertThat(brazil.statusCode()).isEqualTo(404);
        assertThat(brazil.body()).doesNotContain(QUESTION);
        assertThat(console.loggedIn("brazil").get("/states/BRA").body()).contains("Brazil own question")
                .doesNotContain(QUESTION);
    }

    @Test
    void theExpertOfAStateThatReviewedKenyaInAnotherCycleSeesThePageButNotTheDialogue() throws Exception {
        HttpResponse<String> page = console.loggedIn("argentina").get("/states/KEN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(QUESTION).doesNotContain("id=\"dialogue\"");
    }
}
