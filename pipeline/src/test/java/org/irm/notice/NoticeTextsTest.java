package org.irm.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.mail.MailTexts;
import org.irm.mail.OutgoingMessage;
import org.junit.jupiter.api.Test;

/** Reminders name the States and date the deadline as the recipient's language writes them. */
class NoticeTextsTest {

    @Test
    void anArabicReminderToAReviewerNamesBothStatesInArabicAndDatesTheDeadlineTheUnWay() throws Exception {
        OutgoingMessage message = texts().compose(reminder(Language.AR), List.of());

        assertThat(message.subject() + "\n" + message.body())
                .contains("كينيا", "فرنسا", "31 آذار/مارس 2027").doesNotContain("Kenya", "France", "2027-03-31");
    }

    @Test
    void aChineseReminderNamesTheStatesInChinese() throws Exception {
        OutgoingMessage message = texts().compose(reminder(Language.ZH), List.of());

        assertThat(message.subject() + "\n" + message.body()).contains("肯尼亚", "法国", "2027年3月31日");
    }

    @Test
    void aQuestionListsReminderIsWordedInEachLanguageWithTheDayTheListWasWrittenAndItsFile() throws Exception {
        for (Language language : Language.values()) {
            Notice notice = new Notice(NoticeKind.QUESTION_LIST, "uncac-2-KEN", "KEN", "KEN", LocalDate.of(2027, 3, 31), 14,
                    new Recipient("focal.point@kenya.test", "Ms. Wanjiru", language, Audience.FOCAL_POINTS), language,
                    "answers of Kenya", "questions-KEN-uncac2.docx");

            OutgoingMessage message = texts().compose(notice, List.of());

            assertThat(message.subject()).as(language.code()).contains("uncac-2-KEN").doesNotContain("\n");
            assertThat(message.body()).as(language.code()).contains("Ms. Wanjiru", "questions-KEN-uncac2.docx",
                    writtenDay(language)).doesNotContain("2027-03-31");
        }
    }

    /** How each language writes 31 March 2027. */
    private static String writtenDay(Language language) {
        return switch (language) {
            case AR -> "31 آذار/مارس 2027";
            case ZH -> "2027年3月31日";
            case EN -> "31 March 2027";
            case FR -> "31 mars 2027";
            case ES -> "31 de marzo de 2027";
            case RU -> "31 марта 2027";
        };
    }

    private static NoticeTexts texts() throws Exception {
        return new NoticeTexts(new MailTexts(TemplateSource.bundled()), StateList.load(TemplateSource.bundled()));
    }

    private static Notice reminder(Language language) {
        return new Notice(NoticeKind.REVIEWER_COMMENTS, "uncac-2-KEN", "KEN", "FRA", LocalDate.of(2027, 3, 31), -7,
                new Recipient("expert@france.test", "M. Curie", language, Audience.REVIEWERS), language,
                "comments of France", "");
    }
}
