package org.irm.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static ReminderPolicy parse(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return ReminderPolicy.parse(properties, "policy.properties");
    }

    @Test
    void theBundledPolicyRemindsOfEveryKindOfDeadline() {
        ReminderPolicy policy = ReminderPolicy.load(TemplateSource.withOverrides(Path.of(System.getProperty("irm.templates",
                "../templates"))));

        assertThat(policy.rule(NoticeKind.SELF_ASSESSMENT).offsetDays()).containsExactly(-14, -3, 1, 7);
        assertThat(policy.rule(NoticeKind.SELF_ASSESSMENT).milestone()).isEqualTo("selfAssessment");
        assertThat(policy.rule(NoticeKind.SELF_ASSESSMENT).to()).containsExactly(Audience.FOCAL_POINTS);
        assertThat(policy.rule(NoticeKind.REVIEWER_COMMENTS).to()).containsExactly(Audience.REVIEWERS);
        assertThat(policy.rule(NoticeKind.DRAFT_REPLY).to()).containsExactly(Audience.FOCAL_POINTS, Audience.SECRETARIAT);
        assertThat(policy.rule(NoticeKind.FOLLOW_UP).offsetDays()).containsExactly(-42, -14);
        assertThat(policy.rule(NoticeKind.QUESTION_LIST).everyDays()).isEqualTo(14);
        assertThat(policy.rule(NoticeKind.QUESTION_LIST).to()).containsExactly(Audience.FOCAL_POINTS);
        assertThat(policy.windowDays()).isEqualTo(7);
    }

    @Test
    void aQuestionListIsRemindedOfOncePerPeriodAfterItWasWrittenTheCurrentPeriodOnly() throws Exception {
        ReminderPolicy.Rule rule = parse("question-list.every = 10d\nquestion-list.to = focal-points\n")
                .rule(NoticeKind.QUESTION_LIST);

        assertThat(rule.periodStart(9)).as("before the first period ends").isNull();
        assertThat(rule.periodStart(10)).isEqualTo(10);
        assertThat(rule.periodStart(19)).isEqualTo(10);
        assertThat(rule.periodStart(35)).as("periods missed are not sent late").isEqualTo(30);
        assertThat(parse("question-list.to = focal-points\n").rule(NoticeKind.QUESTION_LIST)).isNull();
    }

    @Test
    void aQuestionListsReminderTakesAPeriodNotADeadline() {
        assertThatThrownBy(() -> parse("question-list.due = +7d\nquestion-list.to = focal-points\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("question-list.every");
        assertThatThrownBy(() -> parse("question-list.every = -1w\nquestion-list.to = focal-points\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("a period after the list is written");
        assertThatThrownBy(() -> parse("question-list.every = 2w\nquestion-list.to = reviewers\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("reminded only of their own comments");
    }

    @Test
    void offsetsInDaysAndWeeksAreSortedAndAKindWithoutDueSendsNothing() throws Exception {
        ReminderPolicy policy = parse("self-assessment.due: +7d, -2w, -3d\n"
                + "self-assessment.to: focal-points, secretariat\nself-assessment.milestone: selfAssessment\nwindow: 2d\n");

        assertThat(policy.rule(NoticeKind.SELF_ASSESSMENT).offsetDays()).containsExactly(-14, -3, 7);
        assertThat(policy.rule(NoticeKind.SELF_ASSESSMENT).to()).containsExactly(Audience.FOCAL_POINTS, Audience.SECRETARIAT);
        assertThat(policy.rule(NoticeKind.REVIEWER_COMMENTS)).isNull();
        assertThat(policy.windowDays()).isEqualTo(2);
    }

    @Test
    void onADayOnlyTheLatestOffsetReachedIsDueAndTheLastForTheWindow() throws Exception {
        ReminderPolicy.Rule rule = parse("self-assessment.due = -14d, -3d, +1d\nself-assessment.to = focal-points\n"
                + "self-assessment.milestone = selfAssessment\n").rule(NoticeKind.SELF_ASSESSMENT);

        assertThat(rule.dueOffset(-15, 7)).isNull();
        assertThat(rule.dueOffset(-14, 7)).isEqualTo(-14);
        assertThat(rule.dueOffset(-4, 7)).isEqualTo(-14);
        assertThat(rule.dueOffset(-3, 7)).isEqualTo(-3);
        assertThat(rule.dueOffset(0, 7)).isEqualTo(-3);
        assertThat(rule.dueOffset(1, 7)).isEqualTo(1);
        assertThat(rule.dueOffset(8, 7)).isEqualTo(1);
        assertThat(rule.dueOffset(9, 7)).as("past the window of the last reminder").isNull();
    }

    @Test
    void aMistakeInThePolicyIsNamedWithItsKeyAndHowToWriteIt() {
        assertThatThrownBy(() -> parse("self-assessment.due = -14 days\nself-assessment.to = focal-points\n"
                + "self-assessment.milestone = selfAssessment\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("self-assessment.due").hasMessageContaining("'-14 days' is not an offset");
        assertThatThrownBy(() -> parse("self-assessment.due = -14d\nself-assessment.to = everyone\n"
                + "self-assessment.milestone = selfAssessment\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'everyone' is not a recipient");
        assertThatThrownBy(() -> parse("self-assesment.due = -14d\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("self-assesment.due");
        assertThatThrownBy(() -> parse("draft-reply.due = -14d\ndraft-reply.to = reviewers\ndraft-reply.milestone = x\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("reviewer-comments.to");
    }
}
