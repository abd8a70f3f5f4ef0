package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.irm.config.Setting;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RunCommandTest {

    @Test
    void helpListsEverySettingWithItsDefaultAndEnvironmentVariable() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Irm.commandLine();
        commandLine.setOut(new PrintWriter(out, true));

        assertThat(commandLine.execute("run", "--help")).isZero();

        for (Setting setting : Setting.values()) {
            String shown = setting.defaultValue().isEmpty() ? "(empty)" : setting.defaultValue();
            assertThat(out.toString()).contains("  " + setting.key() + " = " + shown + System.lineSeparator()
                    + "      [" + setting.environmentName() + "] ");
        }
    }
}
