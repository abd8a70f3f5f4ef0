package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
        // Kenya: a second list left unanswered, a question not sent yet; Argentina asked in the first cycle.
        DialogueQuestion waiting = dialogue.ask(new DialogueRecords.NewQuestion("uncac-2-KEN", "KEN", "uncac.9.2",
                "secretariat", null, Language.EN, "Who audits the budget?", DialogueQuestion.COMMAND, null, null,
                Instant.parse("2027-05-01T09:00:00Z")));
        dialogue.recordList(UUID.randomUUID().toString(), "uncac-2-KEN", "KEN", Language.EN, "questions-KEN-2.docx",
                List.of(waiting.id()), "test", Instant.parse("2027-05-02T09:00:00Z"));
        dialogue.ask(new DialogueRecords.NewQuestion("uncac-2-KEN", "KEN", "uncac.10", "EGY", null, Language.EN,
                "Are budgets published?", DialogueQuestion.COMMAND, null, null, Instant.parse("2027-05-20T09:00:00Z")));
        dialogue.ask(new DialogueRecords.NewQuestion("uncac-1-KEN", "KEN", "uncac.9.1", "ARG", null, Language.EN,
                "First cycle question", DialogueQuestion.COMMAND, null, null, Instant.parse("2012-05-01T09:00:00Z")));
    }

    @Test
    void theStatesJsonCountsTheDialogueOfTheReviewsTheViewerIsAPartyTo() throws Exception {
        // Kenya's latest review: 3 asked, 2 lists, 1 answered, 2 waiting (one not sent), the oldest since 1 May (31 days).
        String kenya = "uncac-2-KEN 3 asked 2 lists 1 answered 2 unanswered 1 not sent, oldest 2027-05-01T09:00:00Z 31 days";
        for (String login : List.of("secretariat", "kenya", "france")) {
            JsonNode states = json(console.loggedIn(login).get("/api/states")).get("states");

            assertThat(dialogues(states)).as(login).contains("KEN " + kenya);
            assertThat(dialogues(json(console.loggedIn(login).get("/api/states/KEN")).get("dialogues"))).as(login)
                    .first().isEqualTo("? " + kenya);
        }
        assertThat(dialogues(json(console.loggedIn("secretariat").get("/api/states/KEN")).get("dialogues")))
                .containsExactly("? " + kenya, "? uncac-1-KEN 1 asked 0 lists 0 answered 1 unanswered 1 not sent, "
                        + "oldest 2012-05-01T09:00:00Z 5509 days");
        assertThat(dialogues(json(console.loggedIn("brazil").get("/api/states")).get("states")))
                .containsExactly("BRA uncac-2-BRA 1 asked 0 lists 0 answered 1 unanswered 1 not sent, "
                        + "oldest 2027-04-01T09:00:00Z 61 days");
    }

    @Test
    void theExpertOfAnotherCyclesReviewerGetsThatCyclesCountsAloneInTheJson() throws Exception {
        JsonNode row = null;
        for (JsonNode state : json(console.loggedIn("argentina").get("/api/states")).get("states")) {
            row = state.get("state").asText().equals("KEN") ? state : row;
        }
        JsonNode state = json(console.loggedIn("argentina").get("/api/states/KEN"));

        assertThat(row).as("Kenya's row").isNotNull();
        assertThat(row.has("dialogue")).as("Argentina is no party to Kenya's latest review").isFalse();
        assertThat(state.has("dialogue")).isFalse();
        assertThat(dialogues(state.get("dialogues"))).containsExactly("? uncac-1-KEN 1 asked 0 lists 0 answered "
                + "1 unanswered 1 not sent, oldest 2012-05-01T09:00:00Z 5509 days");
    }

    @Test
    void theStatePageSaysHowManyQuestionsWaitAndSinceWhen() throws Exception {
        String page = console.loggedIn("kenya").get("/states/KEN").body();

        assertThat(page).contains("<p id=\"dialogue-counts\">Questions asked: 3; question lists sent: 2; answered: 1; "
                + "unanswered: 2. The oldest unanswered question was asked on 1 May 2027, 31 day(s) ago.</p>");
        assertThat(console.loggedIn("argentina").get("/states/KEN").body()).doesNotContain("dialogue-counts");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    /** Each row's dialogue in one line: its State ("?" for a State's own list), review and counts. */
    private static List<String> dialogues(JsonNode rows) {
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> {
            JsonNode d = row.has("dialogue") ? row.get("dialogue") : row;
            if (d.has("reviewId")) {
                lines.add((row.has("state") ? row.get("state").asText() : "?") + " " + d.get("reviewId").asText() + " "
                        + d.get("questions") + " asked " + d.get("lists") + " lists " + d.get("answered") + " answered "
                        + d.get("unanswered") + " unanswered " + d.get("notSent") + " not sent, oldest "
                        + d.get("oldestUnansweredAskedAt").asText() + " " + d.get("oldestUnansweredDays") + " days");
            }
        });
        return lines;
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
