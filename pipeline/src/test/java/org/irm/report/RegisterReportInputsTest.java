package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.register.Answer;
import org.irm.register.Deadline;
import org.irm.register.FoundBy;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewReview;
import org.irm.register.NewSubmission;
import org.irm.register.NoteKind;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.ReviewCopyRecord;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.register.ReviewerNote;
import org.irm.register.SubmissionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report drafted from what the register holds: the drawn review, the State's returns and the reviewers' copies. */
class RegisterReportInputsTest {

    private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
    private static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");

    @TempDir
    Path folder;

    @Test
    void theReportShowsTheRegisteredReviewAnswersAndReviewerFieldsButNotTheirComments() throws Exception {
        Register register = Reports.register(folder);
        register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.values()[0],
                List.of(ReviewerAssignment.of("UGA", "same-group", "uncac"), ReviewerAssignment.of("FRA", "global", "uncac")),
                List.of(new Deadline("selfAssessment", LocalDate.of(2027, 3, 31))), null, T0));
        new IntakeRegister(register).record(new NewSubmission("a1", UUID.randomUUID(), SubmissionSource.FOLDER, null,
                        "a1.docx", T0, Outcome.ACCEPTED, null, List.of()),
                List.of(new Answer(MEASURES, "The Public Procurement Act of 2015.", FoundBy.TAG, false),
                        new Answer(FieldId.parse("uncac.9.1.a/taNeeds#legal-advice"), "true", FoundBy.TAG, false)),
                new IntakeFacts("KEN", "uncac-2-KEN", "whole", Language.EN, null, null));
        register.reviewNotes().record(new ReviewCopyRecord(0, UUID.randomUUID(), "uncac-2-KEN", "KEN", "UGA", "c1",
                "review-UGA.docx", T0), List.of(
                note(NoteKind.OBSERVATION, "uncac.9.1.a/reviewObservation", "Tenders are published online."),
                note(NoteKind.RECOMMENDATION, "uncac.9.1.a/reviewRecommendation", "Publish contract awards too."),
                note(NoteKind.COMMENT, "uncac.9.1.a/measures", "Which year was the Act amended?")));
        RegisterReportInputs inputs = new RegisterReportInputs(register, StateList.load(TemplateSource.bundled()));

        ReviewFacts review = inputs.review("KEN").orElseThrow();
        String report = new DraftParts(Reports.service(inputs, register).draft("KEN", ReportKind.REPORT, Language.FR)
                .bytes()).document();

        assertThat(review.reviewId()).isEqualTo("uncac-2-KEN");
        assertThat(review.reviewingStates()).extracting(ReviewFacts.ReviewingState::name).containsExactly("Uganda", "France");
        assertThat(report).contains("The Public Procurement Act of 2015.", "Tenders are published online.",
                "Publish contract awards too.", "tiré au sort dans le même groupe régional", "Ouganda",
                "auto-évaluation : 31 mars 2027.",
                "irm-report:uncac.9.1.a/taNeed/legal-advice")
                .doesNotContain("Which year was the Act amended?");
    }

    @Test
    void aStateWithoutARegisteredReviewHasNone() throws Exception {
        Register register = Reports.register(folder);

        assertThat(new RegisterReportInputs(register, StateList.load(TemplateSource.bundled())).review("KEN")).isEmpty();
    }

    private static ReviewerNote note(NoteKind kind, String field, String text) {
        return new ReviewerNote("uncac-2-KEN", "KEN", "UGA", "J. Doe", null, FieldId.parse(field), kind,
                text, kind == NoteKind.COMMENT ? "3" : null, null, "c1", T0);
    }
}
