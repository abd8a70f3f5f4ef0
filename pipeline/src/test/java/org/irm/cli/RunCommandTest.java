package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.irm.config.Setting;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path home;

    @Test
    void helpListsEverySettingWithItsDefaultAndEnvironmentVariable() {
        IrmCommandLine irm = IrmCommandLine.in(home);

        assertThat(irm.run("run", "--help")).isZero();

        for (Setting setting : Setting.values()) {
            String shown = setting.defaultValue().isEmpty() ? "(empty)" : setting.defaultValue();
            assertThat(irm.out()).contains("  " + setting.key() + " = " + shown + System.lineSeparator()
                    + "      [" + setting.environmentName() + "] ");
        }
    }

    @Test
    void aMistypedCompactionSettingStopsTheStartWithItsNameNotTheStopLater() {
        IrmCommandLine irm = IrmCommandLine.in(home, "irm.register.compact.growth=twice");

        assertThat(irm.run("run")).isEqualTo(2);
        assertThat(irm.err()).contains("irm.register.compact.growth must be a whole number, not 'twice'");
        assertThat(home.resolve("irm-data")).as("nothing opened").doesNotExist();
    }
}
