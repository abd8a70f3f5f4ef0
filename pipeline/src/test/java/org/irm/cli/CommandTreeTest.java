package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * irm builds only the command it is asked to run (issue 20: building all of them cost more than
 * reading a checklist), and that command is the same as in the whole tree: same help, same
 * subcommands, same name in its messages.
 */
class CommandTreeTest {

    /** The help of a command and of each of its subcommands, by qualified name. */
    private static Map<String, String> helpOfBranch(CommandLine command) {
        Map<String, String> help = new TreeMap<>();
        StringWriter text = new StringWriter();
        command.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        help.put(command.getCommandSpec().qualifiedName(), text.toString());
        command.getSubcommands().values().stream().distinct().forEach(sub -> help.putAll(helpOfBranch(sub)));
        return help;
    }

    @Test
    void aNamedCommandIsBuiltAloneAndHelpsAsInTheWholeTree() {
        Map<String, CommandLine> whole = Irm.commandLine().getSubcommands();
        for (String name : whole.keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = Irm.commandLine(name, "--some-option");

            assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
            assertThat(helpOfBranch(alone.getSubcommands().get(name))).as(name).isEqualTo(helpOfBranch(whole.get(name)));
        }
    }

    @Test
    void helpNoCommandOrAnUnknownOneGetTheWholeTree() {
        int all = Irm.commandLine().getSubcommands().size();

        assertThat(Irm.commandLine().getSubcommands()).containsKeys("inspect", "checklist", "help");
        assertThat(Irm.commandLine(new String[0]).getSubcommands()).hasSize(all);
        assertThat(Irm.commandLine("help", "inspect").getSubcommands()).hasSize(all);
        assertThat(Irm.commandLine("--version").getSubcommands()).hasSize(all);
        assertThat(Irm.commandLine("chcklist").getSubcommands()).hasSize(all);
    }

    @Test
    void aCommandBuiltAloneRunsUnderIrmsHandlers() {
        StringWriter err = new StringWriter();
        CommandLine alone = Irm.commandLine("inspect", "--jsn");
        alone.setErr(new PrintWriter(err, true));

        int exit = alone.execute("inspect", "--jsn");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("irm inspect: ").contains("See 'irm inspect --help'.");
    }
}
