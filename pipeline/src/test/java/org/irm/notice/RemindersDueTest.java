package org.irm.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.irm.notice.NoticeFixture.DESK_REVIEW_DUE;
import static org.irm.notice.NoticeFixture.DRAFT_REPORT_DUE;
import static org.irm.notice.NoticeFixture.REVIEW;
import static org.irm.notice.NoticeFixture.SELF_ASSESSMENT_DUE;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.Language;
import org.irm.register.Recommendations;
import org.irm.register.ReviewStage;
import org.irm.register.SubmissionSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemindersDueTest {

    @TempDir
    Path home;

    private NoticeFixture fixture;

    @BeforeEach
    void kenyaUnderReview() throws Exception {
        fixture = new NoticeFixture(home);
    }

    private List<Notice> remindersOn(LocalDate day) {
        return fixture.desk("a", day).due(day).notices().stream().filter(n -> n.kind().reminder()).toList();
    }

    @Test
    void fourteenDaysBeforeTheSelfAssessmentIsDueTheFocalPointIsRemindedAndNobodyElse() {
        assertThat(remindersOn(SELF_ASSESSMENT_DUE.minusDays(15))).isEmpty();

        assertThat(remindersOn(SELF_ASSESSMENT_DUE.minusDays(14)))
                .extracting(n -> n.kind(), n -> n.recipient().email(), Notice::deadline, Notice::offsetDays, Notice::language)
                .containsExactly(tuple(NoticeKind.SELF_ASSESSMENT, NoticeFixture.KENYA, SELF_ASSESSMENT_DUE, -14, Language.EN));
        assertThat(remindersOn(SELF_ASSESSMENT_DUE.plusDays(1))).extracting(Notice::offsetDays).containsExactly(1);
    }

    @Test
    void noSelfAssessmentReminderOnceTheChecklistIsCompleteButStillWhileFindingsAreOpen() {
        UUID checklist = fixture.issue(null);
        fixture.returnChecklist(checklist, "whole", true);
        assertThat(remindersOn(SELF_ASSESSMENT_DUE.minusDays(3))).as("returned with findings to fix").hasSize(1);

        fixture.returnChecklist(checklist, "whole", false);

        assertThat(remindersOn(SELF_ASSESSMENT_DUE.minusDays(3))).isEmpty();
    }

    @Test
    void aChecklistIssuedInTwoSharesIsAwaitedUntilBothAreBack() {
        UUID justice = fixture.issue("Ministry of Justice");
        UUID procurement = fixture.issue("Procurement Authority");
        fixture.returnChecklist(justice, "agency:Ministry of Justice", false);
        assertThat(remindersOn(SELF_ASSESSMENT_DUE.minusDays(3))).hasSize(1);

        fixture.returnChecklist(procurement, "agency:Procurement Authority", false);

        assertThat(remindersOn(SELF_ASSESSMENT_DUE.minusDays(3))).isEmpty();
    }

    @Test
    void onlyTheReviewerWhoseCopyIsNotBackIsRemindedInItsLanguage() {
        LocalDate day = DESK_REVIEW_DUE.minusDays(7);
        assertThat(remindersOn(day)).as("no comments are awaited before the checklist is complete").isEmpty();
        fixture.checklistComplete();
        fixture.reviewCopyIn("EGY");

        assertThat(remindersOn(day)).extracting(n -> n.kind(), Notice::subject, n -> n.recipient().email(), Notice::language)
                .containsExactly(tuple(NoticeKind.REVIEWER_COMMENTS, "FRA", NoticeFixture.FRANCE, Language.FR));

        fixture.reviewCopyIn("FRA");
        assertThat(remindersOn(day)).isEmpty();
    }

    @Test
    void theReplyToTheDraftIsAwaitedOnceADraftIsWrittenUntilAnEditedDraftComesBack() {
        LocalDate day = DRAFT_REPORT_DUE.minusDays(7);
        assertThat(remindersOn(day)).as("no draft yet").isEmpty();
        fixture.draftWritten(Instant.parse("2027-09-01T10:00:00Z"));

        assertThat(remindersOn(day)).extracting(n -> n.kind(), n -> n.recipient().email())
                .containsExactly(tuple(NoticeKind.DRAFT_REPLY, NoticeFixture.KENYA),
                        tuple(NoticeKind.DRAFT_REPLY, NoticeFixture.SECRETARIAT));

        fixture.draftEdited(Instant.parse("2027-09-20T10:00:00Z"));
        assertThat(remindersOn(day)).isEmpty();
    }

    @Test
    void aFinalReviewsStateIsRemindedOfItsFollowUpBeforeTheSessionUntilItsFilledFormArrives() {
        LocalDate session = LocalDate.of(2027, 6, 14);
        LocalDate day = session.minusWeeks(6);
        assertThat(remindersOn(day)).as("the review is not completed").isEmpty();
        fixture.register.reviews().setStage(REVIEW, ReviewStage.FINAL, "test");

        assertThat(remindersOn(day)).extracting(n -> n.kind(), n -> n.recipient().email(), Notice::deadline, Notice::occasion)
                .containsExactly(tuple(NoticeKind.FOLLOW_UP, NoticeFixture.KENYA, session, "Eighteenth session, Vienna"));

        Instant formIssued = Instant.parse("2027-04-01T10:00:00Z");
        fixture.register.recommendations().recordForm("form-1", REVIEW, "KEN", Language.EN, null, List.of(),
                "followup-KEN-uncac2-en.docx", formIssued);
        assertThat(remindersOn(day)).as("a form issued is no update").hasSize(1);
        fixture.register.recommendations().recordReturn(new Recommendations.NewReturn("a".repeat(64), "form-1", REVIEW,
                "KEN", Language.EN, SubmissionSource.FOLDER, null, "followup-KEN.docx",
                Instant.parse("2027-04-20T10:00:00Z"), ""), List.of());
        assertThat(remindersOn(day)).as("the filled form came back").isEmpty();
    }

    @Test
    void aStateWithoutFocalPointIsListedAsUnreachable() throws Exception {
        fixture.register.reviews().create(org.irm.register.NewReview.of("NOR", "uncac", 2, Language.EN,
                ReviewStage.SELF_ASSESSMENT, List.of(), List.of(new org.irm.register.Deadline("selfAssessment",
                        SELF_ASSESSMENT_DUE)), null, Instant.parse("2027-01-10T09:00:00Z")));

        NoticePlan plan = fixture.desk("a", SELF_ASSESSMENT_DUE).due(SELF_ASSESSMENT_DUE);

        assertThat(plan.unreachable()).singleElement().asString().contains("uncac-2-NOR", "no focal point of NOR");
    }
}
