package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.identity.ChecklistIdentity;
import org.irm.testsupport.Registers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterTest {

    private static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1.a/compliance");
    private static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");
    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path home;

    private static ChecklistIdentity identity() {
        return new ChecklistIdentity(UUID.randomUUID(), "uncac-2-NOR", "NOR", "uncac", 2, Language.EN, "2026.1",
                null, ISSUED, "ab12");
    }

    private static NewSubmission accepted(ChecklistIdentity checklist, String sha256, Instant receivedAt) {
        return NewSubmission.accepted(sha256, checklist.checklistId(), SubmissionSource.FOLDER,
                "focal.point@example.org", "NOR checklist.docx", receivedAt);
    }

    @Test
    void findingsAreKeptWithTheirCodeAndArgumentsSoTheyCanBeWordedInAnyLanguage() throws Exception {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = identity();
        NewSubmission submission = new NewSubmission("f1f1", checklist.checklistId(), SubmissionSource.FOLDER,
                "focal.point@example.org", "NOR checklist.docx", ISSUED.plusSeconds(60), Outcome.ACCEPTED, null,
                List.of(new Finding("NOR", MEASURES, "tooLong", List.of("3001", "3000"))));

        register.recordSubmission(submission, List.of());

        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT field_id, code, arguments FROM finding")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(MEASURES.toString());
            assertThat(rows.getString(2)).isEqualTo("tooLong");
            assertThat(rows.getString(3).split("\u001f")).containsExactly("3001", "3000");
        }
    }

    @Test
    void anEmptyFolderGetsAnEmptyRegisterInTheConfiguredHome() {
        Register register = Registers.under(home);

        assertThat(register.events()).isEmpty();
        assertThat(register.submissionBySha256("00ff")).isEmpty();
        assertThat(home.resolve("irm-data/register.mv.db")).exists();
    }

    @Test
    void anIssuedChecklistIsRememberedAndLogged() {
        Register register = Registers.under(home);
        ChecklistIdentity identity = identity();

        register.recordChecklistIssued(identity, "NOR_uncac_c2_en.docx");

        IssuedChecklist issued = register.checklist(identity.checklistId()).orElseThrow();
        assertThat(issued.state()).isEqualTo("NOR");
        assertThat(issued.part()).isEqualTo(ChecklistIdentity.WHOLE);
        assertThat(issued.language()).isEqualTo(Language.EN);
        assertThat(issued.issuedAt()).isEqualTo(ISSUED);
        assertThat(issued.fileName()).isEqualTo("NOR_uncac_c2_en.docx");
        assertThat(register.events(identity.checklistId().toString()))
                .extracting(Event::action).containsExactly("checklist.issued");
    }

    @Test
    void twoReturnsOfOneChecklistAreVersionsOneAndTwoWithEachFieldsHistory() {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = identity();
        register.recordChecklistIssued(checklist, "NOR.docx");

        Recording first = register.recordSubmission(accepted(checklist, "aa01", ISSUED.plusSeconds(3600)), List.of(
                new Answer(COMPLIANCE, "partly", FoundBy.TAG, false),
                new Answer(MEASURES, "Draft law before parliament.", FoundBy.TAG, true)));
        Recording second = register.recordSubmission(accepted(checklist, "aa02", ISSUED.plusSeconds(7200)), List.of(
                new Answer(COMPLIANCE, "yes", FoundBy.BOOKMARK, false),
                new Answer(MEASURES, "Law adopted in 2026.", FoundBy.BOOKMARK, false)));

        assertThat(first.submission().version()).isEqualTo(1);
        assertThat(second.submission().version()).isEqualTo(2);
        assertThat(register.history(checklist.checklistId(), COMPLIANCE))
                .extracting(AnswerVersion::version, AnswerVersion::value, AnswerVersion::foundBy)
                .containsExactly(
                        tuple(1, "partly", FoundBy.TAG),
                        tuple(2, "yes", FoundBy.BOOKMARK));
        assertThat(register.history(checklist.checklistId(), MEASURES))
                .extracting(AnswerVersion::pendingChanges).containsExactly(true, false);
    }

    @Test
    void theSameFileTwiceIsRecognisedAndStoredOnce() {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = identity();
        List<Answer> answers = List.of(new Answer(COMPLIANCE, "no", FoundBy.TAG, false));

        Recording first = register.recordSubmission(accepted(checklist, "bb01", ISSUED), answers);
        Recording again = register.recordSubmission(accepted(checklist, "bb01", ISSUED.plusSeconds(60)), answers);

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.submission().id()).isEqualTo(first.submission().id());
        assertThat(again.submission().receivedAt()).isEqualTo(ISSUED);
        assertThat(register.history(checklist.checklistId(), COMPLIANCE)).hasSize(1);
        assertThat(register.events()).extracting(Event::action).containsExactly("submission.accepted");
    }

    @Test
    void aRefusedFileIsRegisteredWithItsReasonButGetsNoVersion() {
        Register register = Registers.under(home);
        NewSubmission refused = new NewSubmission("cc01", null, SubmissionSource.MAIL, "someone@example.org",
                "scan.pdf", ISSUED, Outcome.REFUSED, "Not a Word document", List.of());

        Recording recording = register.recordSubmission(refused, List.of());

        SubmissionRecord stored = register.submissionBySha256("cc01").orElseThrow();
        assertThat(recording.submission()).isEqualTo(stored);
        assertThat(stored.version()).isNull();
        assertThat(stored.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(stored.reason()).isEqualTo("Not a Word document");
        assertThat(register.events()).singleElement()
                .satisfies(event -> assertThat(event.detail()).contains("Not a Word document"));
    }

    @Test
    void returnsRecordedAtTheSameTimeGetConsecutiveVersionsInTheOrderTheyArrived() throws Exception {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = identity();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Recording>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            NewSubmission submission = accepted(checklist, "ee0" + i, ISSUED.plusSeconds(i));
            futures.add(pool.submit(() -> register.recordSubmission(submission,
                    List.of(new Answer(COMPLIANCE, "yes", FoundBy.TAG, false)))));
        }
        List<Integer> versions = new ArrayList<>();
        for (Future<Recording> future : futures) {
            versions.add(future.get().submission().version());
        }
        pool.shutdown();

        assertThat(versions).allSatisfy(v -> assertThat(v).isBetween(1, 6));
        List<AnswerVersion> history = register.history(checklist.checklistId(), COMPLIANCE);
        assertThat(history).extracting(AnswerVersion::version).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(history).extracting(AnswerVersion::receivedAt).isSorted();
    }

    @Test
    void aLockTimeoutSaysTheRegisterWasBusyWithoutAnUnfilledPlaceholder() throws Exception {
        String url = "jdbc:h2:file:" + home.resolve("busy/register").toAbsolutePath() + ";LOCK_TIMEOUT=200";
        Register register = Register.open(IrmConfig.of(Map.of("irm.home", home.toString(), "irm.db.url", url)));
        ChecklistIdentity checklist = identity();
        // Another writer has inserted the same file and not committed yet: the insert waits for its row, then times out.
        try (Connection other = DriverManager.getConnection(url, "irm", "")) {
            other.setAutoCommit(false);
            try (Statement insert = other.createStatement()) {
                insert.executeUpdate("INSERT INTO submission (sha256, source, original_name, received_at, outcome) "
                        + "VALUES ('cafe01', 'folder', 'other.docx', TIMESTAMP WITH TIME ZONE '2027-01-01 00:00:00Z', 'REFUSED')");
            }

            assertThatThrownBy(() -> register.recordSubmission(accepted(checklist, "cafe01", ISSUED), List.of()))
                    .isInstanceOf(RegisterException.class)
                    .hasMessageContaining("the register was busy")
                    .hasMessageNotContaining("{0}");
            other.rollback();
        }
    }

    @Test
    void aReturnThatArrivedEarlierButIsRegisteredLaterTakesItsPlaceAndTheLaterOneMovesUp() {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = identity();
        List<Answer> yes = List.of(new Answer(COMPLIANCE, "yes", FoundBy.TAG, false));
        register.recordSubmission(accepted(checklist, "ab01", ISSUED.plusSeconds(10)), yes);
        register.recordSubmission(accepted(checklist, "ab03", ISSUED.plusSeconds(30)), yes);

        Recording earlier = register.recordSubmission(accepted(checklist, "ab02", ISSUED.plusSeconds(20)),
                List.of(new Answer(COMPLIANCE, "no", FoundBy.TAG, false)));

        assertThat(earlier.submission().version()).isEqualTo(2);
        assertThat(register.submissionBySha256("ab01").orElseThrow().version()).isEqualTo(1);
        assertThat(register.submissionBySha256("ab03").orElseThrow().version()).isEqualTo(3);
        assertThat(register.history(checklist.checklistId(), COMPLIANCE)).extracting(AnswerVersion::value)
                .containsExactly("yes", "no", "yes");
        assertThat(register.events()).filteredOn(e -> e.action().equals("submission.renumbered")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("version 2 is now version 3"));
    }

    @Test
    void twoAnswersForOneFieldAreRefusedBeforeAnythingIsWritten() {
        Register register = Registers.under(home);
        List<Answer> twice = List.of(new Answer(COMPLIANCE, "yes", FoundBy.TAG, false),
                new Answer(COMPLIANCE, "no", FoundBy.BOOKMARK, false));

        assertThatThrownBy(
                        () -> register.recordSubmission(accepted(identity(), "ff01", ISSUED), twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one answer per field");
        assertThat(register.submissionBySha256("ff01")).isEmpty();
    }

    @Test
    void eventsComeBackInTheOrderTheyWereAppended() {
        Register register = Registers.under(home);
        Instant now = Instant.parse("2026-04-01T10:00:00Z");

        Event first = register.appendEvent(Event.of(now, "secretariat", "review.opened", "uncac-2-NOR", null, null));
        Event second = register.appendEvent(Event.of(now.minusSeconds(60), Event.PIPELINE, "deadline.reminded",
                "uncac-2-NOR", null, "reminder sent"));
        Event other = register.appendEvent(Event.of(now, Event.PIPELINE, "review.opened", "uncac-2-PER", null, null));

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(register.events()).containsExactly(first, second, other);
        assertThat(register.events("uncac-2-NOR")).extracting(Event::action)
                .containsExactly("review.opened", "deadline.reminded");
    }

    @Test
    void changesSinceNameTheStatesOfTheEventsAfterAnIdAndLeaveOutTheIgnoredActions() {
        Register register = Registers.under(home);
        Instant now = Instant.parse("2026-04-01T10:00:00Z");
        ChecklistIdentity norway = identity();
        ChecklistIdentity peru = new ChecklistIdentity(UUID.randomUUID(), "uncac-2-PER", "PER", "uncac", 2, Language.EN,
                "2026.1", null, ISSUED, "cd34");
        register.recordChecklistIssued(norway, "nor.docx");
        register.recordChecklistIssued(peru, "per.docx");
        long seen = register.lastEventId();
        List<String> ignored = List.of("console.", "user.");

        register.appendEvent(Event.of(now, Event.PIPELINE, "submission.answered", norway.checklistId().toString(), null, null));
        register.appendEvent(Event.of(now, "kenya", "console.login", peru.checklistId().toString(), null, "127.0.0.1"));
        long last = register.lastEventId();
        LogChanges norwayOnly = register.changesSince(seen, ignored);
        register.appendEvent(Event.of(now, Event.PIPELINE, "catalogue.updated", "nothing the register knows", null, null));
        LogChanges unattributed = register.changesSince(norwayOnly.lastEventId(), ignored);

        assertThat(norwayOnly.states()).containsExactly("NOR");
        assertThat(norwayOnly.unattributed()).isFalse();
        assertThat(norwayOnly.lastEventId()).isEqualTo(last).isGreaterThan(seen);
        assertThat(unattributed.states()).isEmpty();
        assertThat(unattributed.unattributed()).isTrue();
        assertThat(register.changesSince(unattributed.lastEventId(), ignored).none()).isTrue();
        register.appendEvent(Event.of(now, "kenya", "console.download", peru.checklistId().toString(), null, null));
        assertThat(register.changesSince(unattributed.lastEventId(), ignored).none()).isTrue();
    }

    @Test
    void theEventLogOffersNoWayToChangeOrRemoveAnEvent() {
        assertThat(Register.class.getMethods()).extracting(Method::getName)
                .noneMatch(name -> name.matches("(?i).*(update|delete|remove|clear|edit).*"));
        assertThat(EventLog.class.getDeclaredMethods()).extracting(Method::getName)
                .containsExactlyInAnyOrder("append", "read");
    }

    @Test
    void reopeningTheSameDatabaseFileKeepsEverything() throws Exception {
        ChecklistIdentity checklist = identity();
        Register before = Registers.under(home);
        before.recordChecklistIssued(checklist, "NOR.docx");
        before.recordSubmission(accepted(checklist, "dd01", ISSUED), List.of(
                new Answer(COMPLIANCE, "yes", FoundBy.FIELD_MAP, false)));

        Register after = Registers.under(home);

        assertThat(after.checklist(checklist.checklistId())).isPresent();
        assertThat(after.submissionBySha256("dd01")).get().extracting(SubmissionRecord::version).isEqualTo(1);
        assertThat(after.history(checklist.checklistId(), COMPLIANCE)).extracting(AnswerVersion::value)
                .containsExactly("yes");
        assertThat(after.events()).extracting(Event::action)
                .containsExactly("checklist.issued", "submission.accepted");
        assertThat(Files.list(home.resolve("irm-data"))).isNotEmpty();
    }
}
