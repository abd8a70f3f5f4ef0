package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.identity.ChecklistIdentity;
import org.irm.testsupport.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * The same schema and the same writes on a real PostgreSQL server, each test in a schema of its
 * own ({@link PostgresServer}): {@code mvn -pl pipeline test -Dtest=RegisterOnPostgresTest
 * -Dirm.test.postgres.url=jdbc:postgresql://localhost:5432/irm_test -Dirm.test.postgres.user=irm}.
 */
class RegisterOnPostgresTest {

    private static final FieldId COMPLIANCE = FieldId.parse("uncac.5.1/compliance");

    private final RegisterDatabase database = PostgresServer.freshDatabase();

    @Test
    void aChecklistItsVersionsADuplicateAndTheLogWorkOnPostgresql() {
        Register register = Register.open(database);
        Instant issued = Instant.parse("2026-03-02T09:00:00.123456Z");
        ChecklistIdentity checklist = new ChecklistIdentity(UUID.randomUUID(), "uncac-2-PER", "PER", "uncac", 2,
                Language.ES, "2026.1", "Fiscalía", issued, "cd34");
        register.recordChecklistIssued(checklist, "PER_uncac_c2_es.docx");
        String prefix = checklist.checklistId().toString().substring(0, 8);

        Recording first = register.recordSubmission(NewSubmission.accepted(prefix + "01", checklist.checklistId(),
                SubmissionSource.MAIL, "punto.focal@example.org", "PER.docx", issued.plusSeconds(60)),
                List.of(new Answer(COMPLIANCE, "sí, en parte: " + "x".repeat(20_000), FoundBy.TAG, true)));
        Recording second = register.recordSubmission(NewSubmission.accepted(prefix + "02", checklist.checklistId(),
                SubmissionSource.FOLDER, null, "PER v2.docx", issued.plusSeconds(120)),
                List.of(new Answer(COMPLIANCE, "yes", FoundBy.BOOKMARK, false)));
        Recording again = register.recordSubmission(NewSubmission.accepted(prefix + "01", checklist.checklistId(),
                SubmissionSource.MAIL, "punto.focal@example.org", "PER.docx", issued.plusSeconds(180)), List.of());

        assertThat(register.checklist(checklist.checklistId())).get()
                .extracting(IssuedChecklist::part, IssuedChecklist::issuedAt)
                .containsExactly("agency:Fiscalía", issued);
        assertThat(List.of(first.submission().version(), second.submission().version())).containsExactly(1, 2);
        assertThat(again.duplicate()).isTrue();
        assertThat(again.submission()).isEqualTo(first.submission());
        assertThat(register.history(checklist.checklistId(), COMPLIANCE)).extracting(AnswerVersion::value)
                .containsExactly("sí, en parte: " + "x".repeat(20_000), "yes");
        assertThat(register.events(checklist.checklistId().toString())).extracting(Event::action)
                .containsExactly("checklist.issued", "submission.accepted", "submission.accepted");
        assertThat(Register.open(database).submissionBySha256(prefix + "02")).isPresent();
    }

    @Test
    void returnsRecordedAtTheSameTimeGetConsecutiveVersionsOnPostgresql() throws Exception {
        Register register = Register.open(database);
        UUID checklist = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Recording>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            NewSubmission submission = NewSubmission.accepted(checklist + "-" + i, checklist, SubmissionSource.FOLDER,
                    null, "return " + i + ".docx", Instant.parse("2026-05-01T00:00:00Z").plusSeconds(i));
            futures.add(pool.submit(() -> register.recordSubmission(submission,
                    List.of(new Answer(COMPLIANCE, "no", FoundBy.TAG, false)))));
        }
        for (Future<Recording> future : futures) {
            future.get();
        }
        pool.shutdown();

        // Versions follow arrival: one registered before an earlier arrival was moved up since it was recorded.
        List<AnswerVersion> history = register.history(checklist, COMPLIANCE);
        assertThat(history).extracting(AnswerVersion::version).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(history).extracting(AnswerVersion::receivedAt).isSorted();
    }

    @Test
    void aDrawnReviewItsRedrawAndItsStageWorkOnPostgresql() {
        Reviews reviews = Register.open(database).reviews();
        String state = "Q" + UUID.randomUUID().toString().substring(0, 2).toUpperCase(Locale.ROOT);
        ReviewDraw draw = new ReviewDraw("lots-uncac-c9-2031", 2031, "ef".repeat(32));
        NewReview drawn = NewReview.of(state, "uncac", 9, Language.ES, ReviewStage.DRAWN,
                List.of(new ReviewerAssignment("PER", "same-group", List.of("uncac"), false)),
                List.of(new Deadline("focalPoint", LocalDate.of(2031, 7, 1))), draw,
                Instant.parse("2031-06-10T10:00:00.123456Z"));
        reviews.recordDraw("uncac", 9, 2031, List.of(drawn), "secretariat");
        NewReview redrawn = NewReview.of(state, "uncac", 9, Language.ES, ReviewStage.DRAWN,
                List.of(new ReviewerAssignment("CHL", "same-group", List.of("uncac"), false)), List.of(),
                new ReviewDraw("lots-uncac-c9-2031", 2031, "0f".repeat(32)), Instant.parse("2031-06-11T10:00:00Z"));

        reviews.recordDraw("uncac", 9, 2031, List.of(redrawn), "secretariat");
        ReviewRecord moved = reviews.setStage("uncac-9-" + state, ReviewStage.DESK_REVIEW, "secretariat");

        assertThat(moved.reviewingStates()).containsExactly("CHL");
        assertThat(moved.deadlines()).isEmpty();
        assertThat(moved.createdAt()).isEqualTo(Instant.parse("2031-06-10T10:00:00.123456Z"));
        assertThat(reviews.forStateUnderReview(state)).extracting(ReviewRecord::stage).containsExactly(ReviewStage.DESK_REVIEW);
    }

    @Test
    void twoInstancesStartingAtOnceBothImportTheStatesListOnPostgresql() throws Exception {
        List<State> states = StateList.load(TemplateSource.bundled()).all();
        Register register = Register.open(database);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> imports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            imports.add(pool.submit(() -> {
                start.await();
                return new RegisteredStates(register).importStates(states);
            }));
        }
        start.countDown();
        int added = 0;
        for (Future<Integer> imported : imports) {
            added += imported.get();
        }
        pool.shutdown();

        assertThat(added).as("each State added once, by one of them").isEqualTo(states.size());
        assertThat(new RegisteredStates(register).count()).isEqualTo(states.size());
    }
}
