package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.irm.catalogue.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The once-only record of reminders and notifications on embedded H2; {@link NoticesOnPostgresTest} runs it on PostgreSQL. */
class NoticesTest {

    private static final Instant T0 = Instant.parse("2027-03-17T12:00:00Z");
    private static final NoticeKey KEY = new NoticeKey("self-assessment", "uncac-2-KEN", "ken", "2027-03-31", -14,
            "Focal.Point@Kenya.test");

    @TempDir
    Path folder;

    RegisterDatabase database() {
        return new RegisterDatabase("jdbc:h2:file:" + folder.resolve("register").toAbsolutePath() + ";DB_CLOSE_DELAY=5",
                "irm", "");
    }

    @Test
    void aNoticeIsClaimedOnceAndOnceQueuedByNobodyAgain() {
        Register register = Register.open(database());
        Notices notices = new Notices(register, Duration.ofMinutes(10));

        assertThat(notices.claim(KEY, Language.EN, "a", T0)).isEqualTo(Notices.Claim.NEW);
        assertThat(notices.claim(KEY, Language.EN, "b", T0.plusSeconds(1))).isEqualTo(Notices.Claim.TAKEN);
        assertThat(notices.claim(KEY, Language.EN, "a", T0.plusSeconds(2))).as("a, restarted").isEqualTo(Notices.Claim.RESUMED);
        notices.markQueued(KEY, T0.plusSeconds(3));

        assertThat(notices.claim(KEY, Language.EN, "a", T0.plusSeconds(4))).isEqualTo(Notices.Claim.TAKEN);
        assertThat(notices.claim(KEY, Language.EN, "b", T0.plusSeconds(3600))).as("queued: never again").isEqualTo(Notices.Claim.TAKEN);
        NoticeRecord record = notices.find(KEY).orElseThrow();
        assertThat(record.queued()).isTrue();
        assertThat(record.key().recipient()).isEqualTo("focal.point@kenya.test");
        assertThat(record.key().subject()).isEqualTo("KEN");
        assertThat(register.events("uncac-2-KEN")).extracting(Event::action).containsExactly("notice.queued");
    }

    @Test
    void aClaimNeverQueuedIsTakenOverByAnotherInstanceOnlyAfterTheExpiry() {
        Notices notices = new Notices(Register.open(database()), Duration.ofMinutes(10));
        notices.claim(KEY, Language.EN, "a", T0);

        assertThat(notices.claim(KEY, Language.EN, "b", T0.plusSeconds(599))).isEqualTo(Notices.Claim.TAKEN);
        assertThat(notices.claim(KEY, Language.EN, "b", T0.plusSeconds(601))).isEqualTo(Notices.Claim.RESUMED);
        assertThat(notices.claim(KEY, Language.EN, "a", T0.plusSeconds(602))).as("now b holds it").isEqualTo(Notices.Claim.TAKEN);
    }

    @Test
    void anotherOffsetOrRecipientIsAnotherNotice() {
        Notices notices = new Notices(Register.open(database()), Duration.ofMinutes(10));
        notices.claim(KEY, Language.EN, "a", T0);

        assertThat(notices.claim(new NoticeKey("self-assessment", "uncac-2-KEN", "KEN", "2027-03-31", -3,
                "focal.point@kenya.test"), Language.EN, "a", T0)).isEqualTo(Notices.Claim.NEW);
        assertThat(notices.claim(new NoticeKey("self-assessment", "uncac-2-KEN", "KEN", "2027-03-31", -14,
                "other@kenya.test"), Language.EN, "a", T0)).isEqualTo(Notices.Claim.NEW);
        assertThat(notices.claim(new NoticeKey("review-copy", "uncac-2-KEN", "EGY", NoticeKey.NO_DEADLINE, 0,
                "expert@egypt.test"), Language.AR, "a", T0)).isEqualTo(Notices.Claim.NEW);
        assertThat(notices.list("uncac-2-KEN")).hasSize(4);
    }
}
