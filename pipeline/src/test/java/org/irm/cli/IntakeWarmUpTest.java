package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm run's warm-up takes its generated returns through a desk of its own and leaves nothing behind. */
class IntakeWarmUpTest {

    @TempDir
    Path home;

    @Test
    void takesTheGeneratedReturnsWithoutTouchingTheHomeOrLeavingATemporaryFolder() throws IOException {
        List<Path> before = warmUpFolders();
        IrmConfig config = IrmConfig.of(Map.of(Setting.HOME.key(), home.toString(), Setting.RUN_WARMUP.key(), "2",
                Setting.SECRET_KEY.key(), "a-key-the-warm-up-must-not-use-0123"));

        assertThat(IntakeWarmUp.run(config)).as("returns taken").isEqualTo(2);

        try (Stream<Path> written = Files.list(home)) {
            assertThat(written).as("nothing in the pipeline's home: no register, no watch folders").isEmpty();
        }
        assertThat(warmUpFolders()).as("the warm-up's own home removed").isEqualTo(before);
    }

    @Test
    void takesNothingWhenTurnedOff() {
        IrmConfig config = IrmConfig.of(Map.of(Setting.HOME.key(), home.toString(), Setting.RUN_WARMUP.key(), "0"));

        assertThat(IntakeWarmUp.run(config)).isZero();
    }

    private static List<Path> warmUpFolders() throws IOException {
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temporary.filter(p -> p.getFileName().toString().startsWith("irm-warmup-")).sorted().toList();
        }
    }
}
