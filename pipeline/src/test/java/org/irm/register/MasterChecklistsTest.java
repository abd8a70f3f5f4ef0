package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.testsupport.Registers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterChecklistsTest {

    private static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1.a/compliance");
    private static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");
    private static final FieldId OTHER = FieldId.parse("uncac.10.a/measures");
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path home;

    private static void accept(IntakeRegister intake, UUID checklist, String part, String sha, int minutes,
                               List<Answer> answers, List<Finding> findings) {
        intake.record(new NewSubmission(sha, checklist, SubmissionSource.FOLDER, null, sha + ".docx",
                        T0.plusSeconds(60L * minutes), Outcome.ACCEPTED, null, findings), answers,
                new IntakeFacts("KEN", "uncac-2-KEN", part, Language.EN, null, null));
    }

    private static Answer answer(FieldId field, String value) {
        return new Answer(field, value, FoundBy.TAG, false);
    }

    @Test
    void aLaterVersionSupersedesFieldByFieldAndEveryVersionStaysInTheHistory() {
        Register register = Registers.under(home);
        IntakeRegister intake = new IntakeRegister(register);
        UUID whole = UUID.randomUUID();
        accept(intake, whole, "whole", "a1", 1, List.of(answer(COMPLIANCE, "partly"), answer(MEASURES, "Draft law.")),
                List.of(new Finding("KEN", OTHER, "required", List.of())));
        accept(intake, whole, "whole", "a2", 2, List.of(answer(COMPLIANCE, "yes"), answer(MEASURES, "Draft law.")),
                List.of());

        MasterChecklist master = new MasterChecklists(register).forState("KEN").orElseThrow();

        assertThat(master.reviewId()).isEqualTo("uncac-2-KEN");
        assertThat(master.answer(COMPLIANCE).orElseThrow().value()).isEqualTo("yes");
        assertThat(master.answer(COMPLIANCE).orElseThrow().version()).isEqualTo(2);
        assertThat(master.history(COMPLIANCE)).extracting(ReturnedAnswer::version, ReturnedAnswer::value)
                .containsExactly(tuple(1, "partly"), tuple(2, "yes"));
        assertThat(master.conflicts()).isEmpty();
        assertThat(master.openFindings()).as("version 2 has no findings left").isEmpty();
        assertThat(master.versions()).hasSize(2);
    }

    @Test
    void twoAgenciesAnsweringOneFieldDifferentlyIsAConflictAndTheLaterAnswerStands() {
        Register register = Registers.under(home);
        IntakeRegister intake = new IntakeRegister(register);
        accept(intake, UUID.randomUUID(), "agency:Ministry of Justice", "b1", 1,
                List.of(answer(COMPLIANCE, "partly"), answer(MEASURES, "Procurement code.")), List.of());
        accept(intake, UUID.randomUUID(), "agency:Procurement Authority", "b2", 2,
                List.of(answer(COMPLIANCE, "yes"), answer(OTHER, "Public reports.")), List.of());

        MasterChecklist master = new MasterChecklists(register).forReview("uncac-2-KEN").orElseThrow();

        assertThat(master.answer(MEASURES).orElseThrow().agency()).isEqualTo("Ministry of Justice");
        assertThat(master.answer(OTHER).orElseThrow().agency()).isEqualTo("Procurement Authority");
        assertThat(master.answer(COMPLIANCE).orElseThrow().value()).isEqualTo("yes");
        assertThat(master.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.field()).isEqualTo(COMPLIANCE);
            assertThat(conflict.answers()).extracting(ReturnedAnswer::agency, ReturnedAnswer::value)
                    .containsExactly(tuple("Ministry of Justice", "partly"), tuple("Procurement Authority", "yes"));
        });
    }

    @Test
    void aBlankAnswerOfOnePartDoesNotHideAnotherPartsAnswer() {
        Register register = Registers.under(home);
        IntakeRegister intake = new IntakeRegister(register);
        accept(intake, UUID.randomUUID(), "agency:Ministry of Justice", "c1", 1, List.of(answer(MEASURES, "Code.")),
                List.of());
        accept(intake, UUID.randomUUID(), "whole", "c2", 2, List.of(answer(MEASURES, "")), List.of());

        MasterChecklist master = new MasterChecklists(register).forState("KEN").orElseThrow();

        assertThat(master.answer(MEASURES).orElseThrow().value()).isEqualTo("Code.");
        assertThat(master.conflicts()).isEmpty();
    }

    @Test
    void aStateWithoutAcceptedReturnsHasNoMasterChecklist() {
        assertThat(new MasterChecklists(Registers.under(home)).forState("KEN")).isEmpty();
    }

    @Test
    void focalPointsAreFoundByAddressWhateverItsCase() {
        Register register = Registers.under(home);
        new RegisteredStates(register).importStates(List.of(
                new State("KEN", "Kenya", "African States", true, true, "UN member State")));
        FocalPoints points = new FocalPoints(register);

        points.add(new FocalPoint("ken", "Focal.Point@Example.KE", "Ms A", Language.EN), "secretariat");

        assertThat(points.statesOf("focal.point@example.ke")).containsExactly("KEN");
        assertThat(points.statesOf("someone@else.org")).isEmpty();
        assertThat(points.list("KEN")).extracting(FocalPoint::email).containsExactly("focal.point@example.ke");
        assertThatThrownBy(() -> points.add(new FocalPoint("XXX", "a@b.c", null, null), "secretariat"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XXX");
    }

    @Test
    void aSubmissionIsUnansweredUntilMarkedAndIsMarkedOnlyOnce() {
        Register register = Registers.under(home);
        IntakeRegister intake = new IntakeRegister(register);
        accept(intake, UUID.randomUUID(), "whole", "d1", 1, List.of(answer(MEASURES, "x")), List.of());
        long id = register.submissionBySha256("d1").orElseThrow().id();

        assertThat(intake.unanswered()).extracting(u -> u.submission().id()).containsExactly(id);
        assertThat(intake.unanswered().get(0).facts().state()).isEqualTo("KEN");
        assertThat(intake.markAnswered(id, "d1", T0, List.of("receipt.txt"))).isTrue();
        assertThat(intake.markAnswered(id, "d1", T0, List.of("receipt.txt"))).isFalse();
        assertThat(intake.unanswered()).isEmpty();
        assertThat(intake.answered(id)).isTrue();
    }
}
