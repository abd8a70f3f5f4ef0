package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims of several instances on embedded H2; {@link IntakeClaimsOnPostgresTest} runs the same on PostgreSQL. */
class IntakeClaimsTest {

    private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
    private static final String FILE = "file:/shared/inbox/ken.docx-1234-1700000000000";

    @TempDir
    Path folder;

    /** The register's database: an embedded H2 file here. */
    RegisterDatabase database() {
        return new RegisterDatabase("jdbc:h2:file:" + folder.resolve("register").toAbsolutePath() + ";DB_CLOSE_DELAY=5",
                "irm", "");
    }

    private IntakeClaims claims() {
        return new IntakeClaims(Register.open(database()), Duration.ofMinutes(10));
    }

    @Test
    void aFileClaimedByOneInstanceIsNotTakenByAnotherUntilTheClaimExpires() {
        IntakeClaims claims = claims();

        assertThat(claims.claim(FILE, "a", T0)).isTrue();
        assertThat(claims.claim(FILE, "b", T0.plusSeconds(1))).as("b leaves a's file alone").isFalse();
        assertThat(claims.claimed(FILE, T0.plusSeconds(1))).isTrue();
        assertThat(claims.claim(FILE, "a", T0.plusSeconds(2))).as("a, restarted, takes its own work up").isTrue();
        assertThat(claims.claim(FILE, "b", T0.plusSeconds(2 + 601))).as("a's claim went stale: a was killed").isTrue();
        assertThat(claims.claim(FILE, "a", T0.plusSeconds(2 + 602))).as("now b holds it").isFalse();
    }

    @Test
    void aReleasedClaimCanBeTakenByAnyInstanceAndOnlyItsHolderReleasesIt() {
        IntakeClaims claims = claims();
        claims.claim(FILE, "a", T0);

        claims.release(FILE, "b");
        assertThat(claims.claim(FILE, "b", T0)).as("b cannot release a's claim").isFalse();
        claims.release(FILE, "a");
        assertThat(claims.claim(FILE, "b", T0)).isTrue();
    }

    @Test
    void expiredClaimsAreForgotten() {
        IntakeClaims claims = claims();
        claims.claim(FILE, "a", T0);
        claims.claim("mail:<m1@kenya.test>", "a", T0.plusSeconds(300));

        assertThat(claims.forgetExpired(T0.plusSeconds(700))).isEqualTo(1);
        assertThat(claims.claimed(FILE, T0.plusSeconds(700))).isFalse();
        assertThat(claims.claimed("mail:<m1@kenya.test>", T0.plusSeconds(700))).isTrue();
    }
}
