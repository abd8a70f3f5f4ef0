package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} of every command wraps at spaces: no file name, setting or option is cut in two. */
class HelpLayoutTest {

    private static List<CommandLine> everyCommand(CommandLine commandLine) {
        List<CommandLine> all = new ArrayList<>(List.of(commandLine));
        commandLine.getSubcommands().values().stream().distinct().forEach(sub -> all.addAll(everyCommand(sub)));
        return all;
    }

    private static String help(CommandLine commandLine) {
        StringWriter text = new StringWriter();
        commandLine.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString();
    }

    @Test
    void everyWordOfEveryDescriptionAppearsWhole() {
        for (CommandLine command : everyCommand(Irm.commandLine())) {
            String help = help(command);
            Set<String> shown = new HashSet<>(Arrays.asList(help.split("\\s+")));
            List<String> written = new ArrayList<>(Arrays.asList(command.getCommandSpec().usageMessage().description()));
            for (OptionSpec option : command.getCommandSpec().options()) {
                written.addAll(Arrays.asList(option.description()));
            }
            for (String line : written) {
                for (String word : line.strip().split("\\s+")) {
                    assertThat(shown).as(command.getCommandSpec().qualifiedName() + " --help:\n" + help).contains(word);
                }
            }
        }
    }

    @Test
    void noLineIsWiderThanTheUsageWidthUnlessOneWordIs() {
        for (CommandLine command : everyCommand(Irm.commandLine())) {
            int width = command.getCommandSpec().usageMessage().width();
            help(command).lines().filter(line -> line.length() > width)
                    .forEach(line -> assertThat(line.strip()).as(command.getCommandSpec().qualifiedName()).doesNotContain(" "));
        }
    }

    @Test
    void theConfigFileOptionNamesItsDefaultFileWhole() {
        assertThat(help(Irm.commandLine().getSubcommands().get("checklist"))).contains("irm.properties")
                .contains("watch-folders/outbox/<ISO3>");
    }
}
