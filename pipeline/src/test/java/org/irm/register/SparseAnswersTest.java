package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.identity.ChecklistIdentity;
import org.irm.testsupport.Registers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blank fields are not stored (issue 20), and the register still reads every return as it was. */
class SparseAnswersTest {

    private static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1.a/compliance");
    private static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");
    private static final FieldId LIMITED = FieldId.parse("uncac.9.1.a/challenges#limited-resources");
    private static final FieldId OTHER_MEASURES = FieldId.parse("uncac.9.2/measures");
    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path home;

    @Test
    void aReturnStoresOnlyTheFieldsThatSaySomethingAndTheProvisionsItCarried() throws Exception {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = issued(register);

        Recording recording = register.recordSubmission(accepted(checklist, "a1", 60), List.of(
                answer(COMPLIANCE, "partly"), answer(MEASURES, ""), answer(LIMITED, "false"), answer(OTHER_MEASURES, " ")));

        long id = recording.submission().id();
        assertThat(storedFields(id)).containsExactly(COMPLIANCE.toString());
        assertThat(carried(id)).isEqualTo("uncac.9.1.a uncac.9.2");
        MasterChecklist master = new MasterChecklists(register).forReview("uncac-2-NOR").orElseThrow();
        assertThat(master.versions()).singleElement()
                .satisfies(v -> assertThat(v.carriedProvisions()).containsExactlyInAnyOrder("uncac.9.1.a", "uncac.9.2"));
        assertThat(master.answer(COMPLIANCE)).hasValueSatisfying(a -> assertThat(a.value()).isEqualTo("partly"));
        assertThat(master.answer(MEASURES)).isEmpty();
        assertThat(master.latestCarrying("uncac.9.2")).hasValueSatisfying(v -> assertThat(v.submissionId()).isEqualTo(id));
        assertThat(master.latestCarrying("uncac.5.1")).isEmpty();
    }

    @Test
    void aFieldClearedInALaterReturnIsRecordedAsClearedAndReadsAsCleared() throws Exception {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = issued(register);
        register.recordSubmission(accepted(checklist, "b1", 60), List.of(
                answer(COMPLIANCE, "partly"), answer(MEASURES, "Draft law before parliament."), answer(LIMITED, "true")));

        Recording second = register.recordSubmission(accepted(checklist, "b2", 120), List.of(
                answer(COMPLIANCE, "partly"), answer(MEASURES, ""), answer(LIMITED, "false")));

        assertThat(storedFields(second.submission().id()))
                .containsExactlyInAnyOrder(COMPLIANCE.toString(), MEASURES.toString(), LIMITED.toString());
        assertThat(register.history(checklist.checklistId(), MEASURES))
                .extracting(AnswerVersion::version, AnswerVersion::value)
                .containsExactly(tuple(1, "Draft law before parliament."), tuple(2, ""));
        MasterChecklist master = new MasterChecklists(register).forReview("uncac-2-NOR").orElseThrow();
        assertThat(master.answer(MEASURES)).hasValueSatisfying(a -> {
            assertThat(a.given()).isFalse();
            assertThat(a.version()).isEqualTo(2);
        });
        assertThat(master.answer(LIMITED)).hasValueSatisfying(a -> assertThat(a.given()).isFalse());
    }

    @Test
    void aBlankReturnRegisteredBeforeAnEarlierArrivalStillClearsWhatThatArrivalAnswered() {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = issued(register);
        // The later file is registered first (taken in parallel): nothing was answered before it, so it stores no row.
        register.recordSubmission(accepted(checklist, "c2", 120), List.of(answer(COMPLIANCE, "yes"), answer(MEASURES, "")));

        register.recordSubmission(accepted(checklist, "c1", 60),
                List.of(answer(COMPLIANCE, "yes"), answer(MEASURES, "Law adopted in 2026.")));

        assertThat(register.history(checklist.checklistId(), MEASURES))
                .extracting(AnswerVersion::version, AnswerVersion::value, AnswerVersion::foundBy)
                .containsExactly(tuple(1, "Law adopted in 2026.", FoundBy.TAG), tuple(2, "", FoundBy.NOT_STORED));
        MasterChecklist master = new MasterChecklists(register).forReview("uncac-2-NOR").orElseThrow();
        assertThat(master.answer(MEASURES)).hasValueSatisfying(a -> {
            assertThat(a.value()).isEmpty();
            assertThat(a.version()).isEqualTo(2);
        });
        assertThat(master.history(MEASURES)).extracting(ReturnedAnswer::value).containsExactly("Law adopted in 2026.", "");
    }

    @Test
    void aReturnRegisteredBeforeSparseStorageReadsAsBeforeWithItsBlankRows() throws Exception {
        Register register = Registers.under(home);
        ChecklistIdentity checklist = issued(register);
        long id = register.recordSubmission(accepted(checklist, "d1", 60),
                List.of(answer(COMPLIANCE, "no"))).submission().id();
        // As a register written before V25 holds it: every field a row, blank ones included, no list of provisions.
        try (Connection connection = connect();
             PreparedStatement forget = connection.prepareStatement("UPDATE submission SET carried_provisions = NULL WHERE id = ?");
             PreparedStatement blank = connection.prepareStatement("INSERT INTO answer (submission_id, field_id, answer_value, "
                     + "found_by, pending_changes) VALUES (?, ?, '', 'TAG', FALSE)")) {
            forget.setLong(1, id);
            forget.executeUpdate();
            blank.setLong(1, id);
            blank.setString(2, OTHER_MEASURES.toString());
            blank.executeUpdate();
        }

        MasterChecklist master = new MasterChecklists(register).forReview("uncac-2-NOR").orElseThrow();

        assertThat(master.versions()).singleElement()
                .satisfies(v -> assertThat(v.carriedProvisions()).containsExactlyInAnyOrder("uncac.9.1.a", "uncac.9.2"));
        assertThat(master.answer(OTHER_MEASURES)).hasValueSatisfying(a -> assertThat(a.foundBy()).isEqualTo(FoundBy.TAG));
        assertThat(register.history(checklist.checklistId(), MEASURES)).isEmpty();
        assertThat(register.history(checklist.checklistId(), OTHER_MEASURES)).extracting(AnswerVersion::value)
                .containsExactly("");
    }

    private static Answer answer(FieldId field, String value) {
        return new Answer(field, value, FoundBy.TAG, false);
    }

    private static ChecklistIdentity issued(Register register) {
        ChecklistIdentity checklist = new ChecklistIdentity(UUID.randomUUID(), "uncac-2-NOR", "NOR", "uncac", 2, Language.EN,
                "2026.1", null, ISSUED, "ab12");
        register.recordChecklistIssued(checklist, "NOR.docx");
        return checklist;
    }

    private static NewSubmission accepted(ChecklistIdentity checklist, String sha256, long secondsAfterIssue) {
        return NewSubmission.accepted(sha256, checklist.checklistId(), SubmissionSource.FOLDER,
                "focal.point@example.org", "NOR checklist.docx", ISSUED.plusSeconds(secondsAfterIssue));
    }

    private List<String> storedFields(long submissionId) throws Exception {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT field_id FROM answer WHERE submission_id = ? ORDER BY field_id")) {
            select.setLong(1, submissionId);
            try (ResultSet rows = select.executeQuery()) {
                List<String> fields = new java.util.ArrayList<>();
                while (rows.next()) {
                    fields.add(rows.getString(1));
                }
                return fields;
            }
        }
    }

    private String carried(long submissionId) throws Exception {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement("SELECT carried_provisions FROM submission WHERE id = ?")) {
            select.setLong(1, submissionId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
    }
}
