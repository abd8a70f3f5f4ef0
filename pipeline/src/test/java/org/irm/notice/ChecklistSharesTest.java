package org.irm.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.notice.NoticeFixture.DESK_REVIEW_DUE;
import static org.irm.notice.NoticeFixture.SELF_ASSESSMENT_DUE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checklist issued in shares: the self-assessment reminder waits per share issued, while review
 * copies and the reviewers' comments reminder wait for the whole checklist (every provision of the
 * catalogue back), as the stage check does.
 */
class ChecklistSharesTest {

    private static final LocalDate SELF_ASSESSMENT_DAY = SELF_ASSESSMENT_DUE.minusDays(3);
    private static final LocalDate COMMENTS_DAY = DESK_REVIEW_DUE.minusDays(7);

    @TempDir
    Path home;

    private NoticeFixture fixture;
    private List<String> provisions;

    @BeforeEach
    void kenyaUnderReview() throws Exception {
        fixture = new NoticeFixture(home);
        provisions = fixture.provisions();
    }

    private List<Notice> due(LocalDate day, NoticeKind kind) {
        return fixture.desk("a", day).due(day).notices().stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void aStateThatReturnedOnlySomeSharesGetsNoReviewCopiesSentAndIsRemindedOfTheOthers() {
        UUID justice = fixture.issue("Ministry of Justice");
        fixture.issue("Procurement Authority");

        fixture.returnShare(justice, "agency:Ministry of Justice", provisions.subList(0, provisions.size() / 2));

        assertThat(due(COMMENTS_DAY, NoticeKind.REVIEW_COPY)).isEmpty();
        assertThat(due(COMMENTS_DAY, NoticeKind.REVIEWER_COMMENTS)).isEmpty();
        assertThat(due(SELF_ASSESSMENT_DAY, NoticeKind.SELF_ASSESSMENT)).singleElement()
                .satisfies(n -> assertThat(n.awaited()).contains("agency:Procurement Authority")
                        .doesNotContain("Ministry of Justice"));
    }

    @Test
    void everyShareIssuedBackStopsTheSelfAssessmentReminderButReviewCopiesWaitForEveryProvision() {
        UUID justice = fixture.issue("Ministry of Justice");
        UUID procurement = fixture.issue("Procurement Authority");
        int half = provisions.size() / 2;
        fixture.returnShare(justice, "agency:Ministry of Justice", provisions.subList(0, half));
        // The shares issued leave the last provision to an agency not yet given one.
        fixture.returnShare(procurement, "agency:Procurement Authority", provisions.subList(half, provisions.size() - 1));

        assertThat(due(SELF_ASSESSMENT_DAY, NoticeKind.SELF_ASSESSMENT)).as("every share issued is back").isEmpty();
        assertThat(due(COMMENTS_DAY, NoticeKind.REVIEW_COPY)).as("a provision has not come back").isEmpty();
        assertThat(due(COMMENTS_DAY, NoticeKind.REVIEWER_COMMENTS)).isEmpty();

        UUID ethics = fixture.issue("Ethics Commission");
        fixture.returnShare(ethics, "agency:Ethics Commission", provisions.subList(provisions.size() - 1, provisions.size()));

        assertThat(due(COMMENTS_DAY, NoticeKind.REVIEW_COPY)).extracting(Notice::subject)
                .containsExactlyInAnyOrder("EGY", "FRA");
        assertThat(due(COMMENTS_DAY, NoticeKind.REVIEWER_COMMENTS)).extracting(Notice::subject)
                .containsExactlyInAnyOrder("EGY", "FRA");
    }
}
