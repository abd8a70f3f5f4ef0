package org.irm.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.demo.SampleReviewer;
import org.irm.docx.RefusalReason;
import org.irm.register.DialogueAnswer;
import org.irm.register.DialogueQuestion;
import org.irm.register.LoggedEvent;
import org.irm.review.ReviewDesk;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 3's acceptance: a question and its answer round trip ends attached to the provision,
 * in the merged review, with the audit log showing each step; on real .docx files, a real register and
 * the desk as the commands build it.
 */
class DialogueRoundTripTest {

    static final Instant RETURNED = Instant.parse("2027-04-20T08:00:00Z");

    @TempDir
    Path home;

    DialogueFixture fixture;

    @BeforeEach
    void kenyasReviewWithFranceAndUganda() {
        fixture = new DialogueFixture(home, Map.of());
    }

    @Test
    void aQuestionAndItsAnswerEndAttachedToTheProvisionInTheMergedReviewWithEveryStepLogged() throws Exception {
        DialogueQuestion france = fixture.ask("9.1", "FRA", "Is the register of procurement awards public?");
        DialogueQuestion secretariat = fixture.ask("uncac.9.1", null, "Which body keeps the register?");
        DialogueQuestion uganda = fixture.ask("5.1", "uga", "Has the anti-corruption policy been evaluated?");

        DialogueDesk.Written list = fixture.send(null);
        assertThat(list.questions()).extracting(DialogueQuestion::id)
                .containsExactly(france.id(), secretariat.id(), uganda.id());
        String document = DialogueFixture.part(list.file(), "word/document.xml");
        assertThat(document).contains("w:val=\"irm:uncac.9.1/dialogue-" + france.id() + "\"",
                "w:val=\"irm:uncac.9.1/dialogue-" + secretariat.id() + "\"", "w:val=\"irm:uncac.5.1/dialogue-" + uganda.id() + "\"");
        assertThat(DialogueFixture.text(list.file())).contains("Article 9, paragraph 1 (uncac.9.1)", "France (FRA)",
                "Secretariat", "Uganda (UGA)", "Is the register of procurement awards public?", "Kenya (KEN)");

        Path answered = fixture.answer(list, Map.of(france, "Yes: every award is published on the PPRA portal.",
                uganda, "An evaluation is under way."), "kenya-answers.docx");
        Acknowledgement taken = fixture.drop(answered, "KEN", RETURNED);

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(fixture.reread(france).answer()).map(DialogueAnswer::text)
                .contains("Yes: every award is published on the PPRA portal.");
        assertThat(fixture.reread(france).provisionId()).isEqualTo("uncac.9.1");
        assertThat(fixture.reread(secretariat).open()).as("left empty: still open").isTrue();
        assertThat(Files.readString(taken.filesWritten().get(0))).contains("2 questions answered in this list, 1 still open",
                "uncac.9.1 (Secretariat): Which body keeps the register?");

        // The reviewers' copy comes back: the merged review carries the thread under its provision.
        ReviewDesk reviews = fixture.reviewDesk();
        Path copy = reviews.reviewCopy(DialogueFixture.kenya(), DialogueFixture.REVIEW, Language.EN, "FRA",
                Map.of(FieldId.parse("uncac.9.1/measures"), "The Public Procurement Act 2015."), home.resolve("copies")).file();
        Acknowledgement merged = fixture.drop(copy, null, RETURNED.plusSeconds(60));
        assertThat(merged.disposition()).as(merged.message()).isEqualTo(Disposition.REGISTERED);
        Path review = merged.filesWritten().get(0);
        String mergedText = DialogueFixture.text(review);
        int provision = mergedText.indexOf("Is the register of procurement awards public?");
        assertThat(mergedText).contains("Written dialogue", "Question " + france.id() + " from France (FRA)",
                "Answer of Kenya (KEN)", "Yes: every award is published on the PPRA portal.", "Which body keeps the register?",
                "Not answered yet.", "Has the anti-corruption policy been evaluated?", "An evaluation is under way.");
        assertThat(provision).as("under article 9, after article 5's thread").isGreaterThan(
                mergedText.indexOf("Has the anti-corruption policy been evaluated?"));

        List<LoggedEvent> log = fixture.register().log("KEN", null);
        assertThat(log).extracting(e -> e.event().action()).containsSubsequence("dialogue.asked", "dialogue.asked",
                "dialogue.asked", "dialogue.sent", "dialogue.answered", "review.merged");
        assertThat(log).filteredOn(e -> e.event().action().startsWith("dialogue.")).allSatisfy(e ->
                assertThat(e.state()).isEqualTo("KEN"));
        assertThat(log).filteredOn(e -> e.event().action().equals("dialogue.answered")).singleElement()
                .satisfies(e -> assertThat(e.event().detail()).contains("2 answers", "1 questions of the list still open"));
    }

    @Test
    void aSecondReturnSupersedesTheFirstAnswerKeepsItAndAnswersWhatWasLeftOpen() throws Exception {
        DialogueQuestion first = fixture.ask("9.1", "FRA", "Is the register public?");
        DialogueQuestion second = fixture.ask("9.1", "UGA", "Since when?");
        DialogueDesk.Written list = fixture.send(null);
        fixture.drop(fixture.answer(list, Map.of(first, "Not yet."), "first.docx"), "KEN", RETURNED);

        Map<DialogueQuestion, String> again = new LinkedHashMap<>();
        again.put(first, "Yes, since the 2026 amendment.");
        again.put(second, "Since 1 January 2026.");
        Acknowledgement taken = fixture.drop(fixture.answer(list, again, "second.docx"), "KEN", RETURNED.plusSeconds(3600));

        assertThat(taken.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(fixture.reread(first).answers()).extracting(DialogueAnswer::text)
                .containsExactly("Not yet.", "Yes, since the 2026 amendment.");
        assertThat(fixture.reread(first).answer()).map(DialogueAnswer::text).contains("Yes, since the 2026 amendment.");
        assertThat(fixture.reread(second).answer()).map(DialogueAnswer::text).contains("Since 1 January 2026.");
        assertThat(Files.readString(taken.filesWritten().get(0))).contains("Every question of this list is answered");
    }

    @Test
    void aLaterListCarriesOnlyTheOpenQuestionsWithTheThreadSoFar() throws Exception {
        DialogueQuestion answeredOne = fixture.ask("9.1", "FRA", "Is the register public?");
        DialogueDesk.Written list = fixture.send(null);
        fixture.drop(fixture.answer(list, Map.of(answeredOne, "Yes."), "first.docx"), "KEN", RETURNED);
        DialogueQuestion followUp = fixture.ask("9.1", "FRA", "Where is it published?");

        DialogueDesk.Written next = fixture.send(null);

        assertThat(next.questions()).extracting(DialogueQuestion::id).containsExactly(followUp.id());
        assertThat(DialogueFixture.part(next.file(), "word/document.xml"))
                .doesNotContain("dialogue-" + answeredOne.id() + "\"").contains("dialogue-" + followUp.id() + "\"");
        assertThat(DialogueFixture.text(next.file())).contains("Is the register public?", "Your earlier answer", "Yes.",
                "Where is it published?");
    }

    @Test
    void theListIsWordedInTheStatesLanguage() throws Exception {
        fixture.ask("9.1", "FRA", "Le registre est-il public ?");

        DialogueDesk.Written list = fixture.send(Language.FR);

        assertThat(DialogueFixture.text(list.file())).contains("Questions sur votre auto-évaluation", "Posée par",
                "France (FRA)", "Votre réponse", "Saisissez votre réponse ici.");
        assertThat(list.manifest().identity().language()).isEqualTo(Language.FR);
    }

    @Test
    void aQuestionListReturnedForAnotherStateIsRefusedWithItsReasonAndNothingRecorded() throws Exception {
        DialogueQuestion question = fixture.ask("9.1", "FRA", "Is the register public?");
        DialogueDesk.Written list = fixture.send(null);
        Path answered = fixture.answer(list, Map.of(question, "Yes."), "answers.docx");

        Acknowledgement inUgandasFolder = fixture.drop(answered, "UGA", RETURNED);
        Acknowledgement fromUganda = fixture.mail(answered, DialogueFixture.UGANDA, RETURNED.plusSeconds(60));

        assertThat(inUgandasFolder.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(inUgandasFolder.reasonCode()).isEqualTo(RefusalReason.FOREIGN_QUESTION_LIST.code());
        assertThat(inUgandasFolder.reply().body()).contains("sealed for Kenya (KEN)", "folder of Uganda (UGA)");
        assertThat(fromUganda.reasonCode()).isEqualTo(RefusalReason.FOREIGN_QUESTION_LIST.code());
        assertThat(fixture.reread(question).open()).isTrue();

        // The same bytes from Kenya's own address are examined again and taken.
        Acknowledgement fromKenya = fixture.mail(answered, DialogueFixture.KENYA, RETURNED.plusSeconds(120));
        assertThat(fromKenya.disposition()).as(fromKenya.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(fixture.reread(question).answer()).map(DialogueAnswer::answeredBy).contains(DialogueFixture.KENYA);
    }

    @Test
    void commentsMarkedAsQuestionsInAReviewCopyBecomeQuestionsOnTheirProvisionOnce() throws Exception {
        ReviewDesk reviews = fixture.reviewDesk();
        FieldId measures = FieldId.parse("uncac.9.1/measures");
        Path copy = reviews.reviewCopy(DialogueFixture.kenya(), DialogueFixture.REVIEW, Language.EN, "FRA",
                Map.of(measures, "The Public Procurement Act 2015."), home.resolve("copies")).file();
        SampleReviewer reviewer = SampleReviewer.open(copy).as("Marie Curie", "2027-04-02T10:00:00Z");
        reviewer.comment(measures, "Public Procurement Act", "Q: Does the Act cover State-owned enterprises?");
        reviewer.comment(measures, "2015", "Please cite the gazette number.");
        Path returned = reviewer.save(home.resolve("returned-copy.docx"));

        Acknowledgement first = fixture.drop(returned, null, RETURNED);
        fixture.drop(returned, null, RETURNED.plusSeconds(60));

        assertThat(first.message()).contains("1 comments marked as questions to the State registered");
        List<DialogueQuestion> questions = fixture.dialogue().questions("KEN");
        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Does the Act cover State-owned enterprises?");
            assertThat(q.provisionId()).isEqualTo("uncac.9.1");
            assertThat(q.askedBy()).isEqualTo("FRA");
            assertThat(q.author()).isEqualTo("Marie Curie");
            assertThat(q.source()).isEqualTo(DialogueQuestion.REVIEW_COPY);
        });
        assertThat(fixture.send(null).questions()).hasSize(1);
    }

    @Test
    void markersOfEveryLanguageMakeAQuestionAndOtherCommentsDoNot() {
        DialogueLabels labels = DialogueLabels.load(fixture.config().templates());

        assertThat(labels.questionIn("Q: Is it public?")).contains("Is it public?");
        assertThat(labels.questionIn("question : Est-il public ?")).contains("Est-il public ?");
        assertThat(labels.questionIn("Вопрос: Он публичен?")).contains("Он публичен?");
        assertThat(labels.questionIn("问：是否公开？")).contains("是否公开？");
        assertThat(labels.questionIn("Pregunta: ¿Es público?")).contains("¿Es público?");
        assertThat(labels.questionIn("Quite right, well done.")).isEmpty();
        assertThat(labels.questionIn("Q:")).isEmpty();
    }

    @Test
    void askRefusesWhatIsNotAProvisionAReviewerOrAQuestion() {
        assertThatThrownBy(() -> fixture.ask("99.9", "FRA", "Why?")).hasMessageContaining("no provision");
        assertThatThrownBy(() -> fixture.ask("9.1", "BRA", "Why?")).hasMessageContaining("not a reviewing State");
        assertThatThrownBy(() -> fixture.ask("9.1", "FRA", "  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> fixture.dialogue().ask(new DialogueDesk.Ask("BRA", "9.1", "Why?", null, null, null)))
                .hasMessageContaining("no review");
        assertThatThrownBy(() -> fixture.send(null)).hasMessageContaining("No question to KEN is open");
        assertThat(fixture.register().log("KEN", null)).noneMatch(e -> e.event().action().startsWith("dialogue."));
    }

    static Stream<Path> files(Path folder) throws Exception {
        return Files.list(folder);
    }
}
