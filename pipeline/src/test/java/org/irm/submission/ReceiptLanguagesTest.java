package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.irm.catalogue.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receipt reads as its language writes: the State's name and the day of arrival. */
class ReceiptLanguagesTest {

    @TempDir
    Path home;

    private DeskFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new DeskFixture(home);
    }

    @Test
    void aChineseReturnIsAnsweredWithAReceiptThatNamesTheStateInChinese() throws Exception {
        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(fixture.completeReturn("KEN", Language.ZH, "answers.docx")));

        assertThat(ack.reply().subject()).contains("肯尼亚 (KEN)").doesNotContain("Kenya");
        assertThat(Files.readString(ack.filesWritten().get(0)))
                .contains("肯尼亚")
                .containsPattern("于 \\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2} UTC 收到");
    }

    @Test
    void anArabicReturnIsAnsweredWithAReceiptThatNamesTheStateInArabicAndDatesItTheUnWay() throws Exception {
        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(fixture.completeReturn("EGY", Language.AR, "answers.docx")));

        assertThat(ack.reply().subject()).contains("مصر (EGY)").doesNotContain("Egypt");
        // "6 كانون الأول/ديسمبر 2026 09:30 UTC": the Levantine and Egyptian month names, digits 0-9.
        assertThat(Files.readString(ack.filesWritten().get(0))).containsPattern("\\d{1,2} [^\\d/]+/[^\\d ]+ \\d{4} \\d{2}:\\d{2} UTC");
    }
}
